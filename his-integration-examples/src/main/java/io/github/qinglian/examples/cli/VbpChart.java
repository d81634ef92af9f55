package io.github.qinglian.examples.cli;

import io.github.qinglian.checkers.procurement.VbpItemProgress;
import io.github.qinglian.checkers.procurement.VbpPoint;
import io.github.qinglian.checkers.procurement.VbpReport;
import io.github.qinglian.model.VbpAgreement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Draws the VBP items at risk as an SVG document: one panel per item, completion (procured ÷
 * agreed volume) against time over the item's period, with the schedule (a straight line from 0
 * at the period's start to {@code minCompletion} at its end), the cumulative completion from the
 * opening balance through each acceptance to the report instant, the linear projection from there
 * to the period's end, and a mark at the report instant. With no item at risk the document says
 * so. Pure: the same report gives the same bytes.
 */
final class VbpChart {
  static final int WIDTH = 820;
  static final int PANEL = 280;
  static final int LEFT = 64;
  static final int RIGHT = 190;
  static final int TOP = 58;
  static final int PLOT = 170;
  static final String FONT = "font-family=\"'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',"
      + "sans-serif\"";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private VbpChart() {}

  static String svg(VbpReport report) {
    List<VbpItemProgress> items = report.atRisk();
    int height = items.isEmpty() ? 120 : 40 + PANEL * items.size();
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" ").append(FONT).append(" font-size=\"12\">\n");
    String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")
        .format(report.at().atZone(report.zone()));
    b.append("<title>VBP items at risk at ").append(esc(at)).append("</title>\n");
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    b.append("<text x=\"16\" y=\"26\" font-size=\"16\" font-weight=\"bold\">")
        .append("带量采购进度落后品种 / VBP items at risk — ").append(esc(at)).append("</text>\n");
    if (items.isEmpty()) {
      b.append("<text x=\"16\" y=\"70\" font-size=\"14\">No VBP item is at risk (没有进度落后的中选品种)."
          + "</text>\n");
    }
    for (int i = 0; i < items.size(); i++) {
      panel(b, items.get(i), report, 40 + PANEL * i);
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private static void panel(StringBuilder b, VbpItemProgress p, VbpReport r, int y0) {
    VbpAgreement a = p.agreement();
    ZoneId zone = r.zone();
    double min = r.minCompletion().doubleValue();
    BigDecimal projected = p.projectedCompletion();
    double top = Math.max(1.0, min);
    for (VbpPoint pt : p.timeline()) {
      top = Math.max(top, ratio(pt.procured(), a));
    }
    if (projected != null) {
      top = Math.max(top, Math.min(projected.doubleValue(), 2.0));
    }
    top = Math.ceil(top * 4) / 4; // a quarter above
    int x0 = LEFT;
    int x1 = WIDTH - RIGHT;
    int py0 = y0 + TOP;
    int py1 = py0 + PLOT;
    Axis axis = new Axis(a.periodStart(), a.periodEnd(), x0, x1, top, py0, py1);

    b.append("<g id=\"").append(esc(p.platformCode())).append("\">\n");
    String name = p.listing().genericName();
    b.append("<text x=\"16\" y=\"").append(y0 + 24).append("\" font-size=\"14\" font-weight=\"bold\">")
        .append(esc(p.platformCode())).append(name == null ? "" : " " + esc(name))
        .append("</text>\n");
    b.append("<text x=\"16\" y=\"").append(y0 + 42).append("\" fill=\"#444444\">")
        .append(esc("completion " + VbpCommand.percent(p.completion()) + " with "
            + VbpCommand.percent(p.elapsedShare()) + " of the period elapsed; projected "
            + VbpCommand.percent(projected) + " against " + VbpCommand.percent(r.minCompletion())
            + " (agreed " + VbpCommand.plain(a.agreedVolume()) + ", procured "
            + VbpCommand.plain(p.procured()) + ")"))
        .append("</text>\n");

    // grid and axes
    for (double g = 0; g <= top + 1e-9; g += 0.25) {
      int y = axis.y(g);
      b.append("<line x1=\"").append(x0).append("\" y1=\"").append(y).append("\" x2=\"")
          .append(x1).append("\" y2=\"").append(y).append("\" stroke=\"#e5e5e5\"/>\n");
      b.append("<text x=\"").append(x0 - 6).append("\" y=\"").append(y + 4)
          .append("\" text-anchor=\"end\" fill=\"#666666\">").append(Math.round(g * 100))
          .append("%</text>\n");
    }
    b.append("<line x1=\"").append(x0).append("\" y1=\"").append(py1).append("\" x2=\"")
        .append(x1).append("\" y2=\"").append(py1).append("\" stroke=\"#333333\"/>\n");
    b.append("<line x1=\"").append(x0).append("\" y1=\"").append(py0).append("\" x2=\"")
        .append(x0).append("\" y2=\"").append(py1).append("\" stroke=\"#333333\"/>\n");
    label(b, x0, py1 + 16, "start", DAY.format(a.periodStart().atZone(zone)));
    label(b, x1, py1 + 16, "end", DAY.format(a.periodEnd().atZone(zone)));

    // the schedule: from 0 at the start to minCompletion at the end
    b.append("<line class=\"schedule\" x1=\"").append(x0).append("\" y1=\"").append(axis.y(0))
        .append("\" x2=\"").append(x1).append("\" y2=\"").append(axis.y(min))
        .append("\" stroke=\"#888888\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");

    // the report instant
    Instant now = r.at().isAfter(a.periodEnd()) ? a.periodEnd() : r.at();
    if (now.isAfter(a.periodStart())) {
      int xn = axis.x(now);
      b.append("<line x1=\"").append(xn).append("\" y1=\"").append(py0).append("\" x2=\"")
          .append(xn).append("\" y2=\"").append(py1)
          .append("\" stroke=\"#1f77b4\" stroke-dasharray=\"2 3\"/>\n");
      label(b, xn, py1 + 30, "middle", DAY.format(r.at().atZone(zone)));
    }

    // completion so far: a step line through the cumulative procured quantity
    StringBuilder pts = new StringBuilder();
    double last = 0;
    VbpPoint prev = null;
    for (VbpPoint pt : p.timeline()) {
      double c = ratio(pt.procured(), a);
      int x = axis.x(pt.at());
      if (prev != null) {
        pts.append(x).append(',').append(axis.y(last)).append(' ');
      }
      pts.append(x).append(',').append(axis.y(c)).append(' ');
      last = c;
      prev = pt;
    }
    b.append("<polyline class=\"completion\" points=\"").append(pts.toString().trim())
        .append("\" fill=\"none\" stroke=\"#d62728\" stroke-width=\"2.5\"/>\n");

    // the projection from the report instant to the period's end
    if (projected != null && prev != null && now.isBefore(a.periodEnd())) {
      double end = Math.min(projected.doubleValue(), top);
      b.append("<line class=\"projection\" x1=\"").append(axis.x(now)).append("\" y1=\"")
          .append(axis.y(last)).append("\" x2=\"").append(x1).append("\" y2=\"")
          .append(axis.y(end))
          .append("\" stroke=\"#d62728\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n");
    }

    // legend
    int lx = x1 + 16;
    legend(b, lx, py0 + 8, "#d62728", "", "completion 完成率");
    legend(b, lx, py0 + 28, "#d62728", "4 3", "projection 推算");
    legend(b, lx, py0 + 48, "#888888", "6 4", "schedule 进度要求");
    legend(b, lx, py0 + 68, "#1f77b4", "2 3", "report 报告时点");
    b.append("</g>\n");
  }

  private static void label(StringBuilder b, int x, int y, String anchor, String text) {
    b.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"")
        .append(anchor).append("\" fill=\"#666666\">").append(esc(text)).append("</text>\n");
  }

  private static void legend(
      StringBuilder b, int x, int y, String colour, String dash, String text) {
    b.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"")
        .append(x + 24).append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
        .append("\" stroke-width=\"2\"");
    if (!dash.isEmpty()) {
      b.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    b.append("/>\n<text x=\"").append(x + 30).append("\" y=\"").append(y + 4).append("\">")
        .append(esc(text)).append("</text>\n");
  }

  /** procured ÷ agreed volume, for drawing only (decisions are made exactly elsewhere). */
  private static double ratio(BigDecimal procured, VbpAgreement a) {
    return procured.divide(a.agreedVolume(), 6, RoundingMode.HALF_UP).doubleValue();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&apos;");
          break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString();
  }

  /** Maps instants and completion ratios of one panel to SVG coordinates. */
  private static final class Axis {
    final Instant start;
    final double span;
    final int x0;
    final int x1;
    final double top;
    final int y0;
    final int y1;

    Axis(Instant start, Instant end, int x0, int x1, double top, int y0, int y1) {
      this.start = start;
      this.span = Math.max(1, end.toEpochMilli() - start.toEpochMilli());
      this.x0 = x0;
      this.x1 = x1;
      this.top = top;
      this.y0 = y0;
      this.y1 = y1;
    }

    int x(Instant t) {
      double f = (t.toEpochMilli() - start.toEpochMilli()) / span;
      f = Math.max(0, Math.min(1, f));
      return (int) Math.round(x0 + f * (x1 - x0));
    }

    int y(double completion) {
      double f = Math.max(0, Math.min(1, completion / top));
      return (int) Math.round(y1 - f * (y1 - y0));
    }
  }
}
