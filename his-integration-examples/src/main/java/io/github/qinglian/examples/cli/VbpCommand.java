package io.github.qinglian.examples.cli;

import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import io.github.qinglian.checkers.procurement.VbpItemProgress;
import io.github.qinglian.checkers.procurement.VbpReport;
import io.github.qinglian.json.VbpJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code qinglian vbp FILE|- [--json] [--svg OUT.svg] [--zh]}: the VBP tracker. Reads a tracker
 * input (see {@link VbpJson}: the report instant, an optional policy, the listings and the
 * purchase orders), and prints each VBP item's completion, the linear projection to the period's
 * end, the share of substitutes and whether it is at risk, as a table ({@code --zh}: headings in
 * Chinese) or as one JSON document ({@code --json}); {@code --svg OUT.svg} also writes a chart of
 * completion against time for the items at risk.
 *
 * <p>Exit status: 0 when the report was made, whatever the risks; 2 when the input cannot be read
 * or is unusable (a bad listing, policy or report instant; every problem on stderr) or the chart
 * cannot be written; 64 for a usage error.
 */
final class VbpCommand {
  static final String USAGE = "usage: qinglian vbp FILE|- [--json] [--svg OUT.svg] [--zh]";

  private VbpCommand() {}

  static int run(List<String> args, InputStream stdin, PrintWriter out, PrintWriter err) {
    String source = null;
    boolean json = false;
    boolean zh = false;
    String svg = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--json")) {
        json = true;
      } else if (a.equals("--zh")) {
        zh = true;
      } else if (a.equals("--svg")) {
        if (i + 1 >= args.size()) {
          err.println(USAGE);
          return QinglianCli.USAGE;
        }
        svg = args.get(++i);
      } else if (a.startsWith("-") && !a.equals("-")) {
        err.println("unknown option " + a + "; " + USAGE);
        return QinglianCli.USAGE;
      } else if (source == null) {
        source = a;
      } else {
        err.println(USAGE);
        return QinglianCli.USAGE;
      }
    }
    if (source == null) {
      err.println(USAGE);
      return QinglianCli.USAGE;
    }
    String text;
    try {
      text = source.equals("-") ? readAll(stdin)
          : new String(Files.readAllBytes(Paths.get(source)), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("qinglian: cannot read " + source + ": no such file");
      return QinglianCli.UNREADABLE;
    } catch (IOException | RuntimeException e) {
      err.println("qinglian: cannot read " + source + ": " + e.getClass().getSimpleName());
      return QinglianCli.UNREADABLE;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    VbpReport report;
    try {
      report = VbpJson.track(text);
    } catch (ConfigurationException e) {
      err.println("qinglian: " + source + " is not a usable VBP tracker input:");
      for (ConfigProblem p : e.problems()) {
        err.println("  " + p);
      }
      return QinglianCli.UNREADABLE;
    }
    if (svg != null) {
      Path file = Paths.get(svg);
      try {
        Files.write(file, VbpChart.svg(report).getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        err.println("qinglian: cannot write " + svg + ": " + e.getClass().getSimpleName());
        return QinglianCli.UNREADABLE;
      }
      err.println("qinglian: wrote " + svg + " (" + report.atRisk().size() + " item(s) at risk)");
    }
    if (json) {
      out.println(VbpJson.toJson(report).toString());
    } else {
      table(report, zh, out);
    }
    out.flush();
    return QinglianCli.OK;
  }

  // ------------------------------------------------------------------------------------ table

  static void table(VbpReport r, boolean zh, PrintWriter out) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    String at = f.format(r.at().atZone(r.zone()));
    out.println(zh
        ? "带量采购进度（截至 " + at + "，最低完成率 " + plain(r.minCompletion()) + "）：" + r.items().size()
            + " 个中选品种，" + r.atRisk().size() + " 个进度落后"
        : "VBP progress at " + at + " (minCompletion " + plain(r.minCompletion()) + "): "
            + r.items().size() + " items, " + r.atRisk().size() + " at risk");
    String[] head = zh
        ? new String[] {"平台编码", "通用名", "约定量", "已采购", "完成率", "时间进度", "推算全期", "推算完成率",
            "替代占比", "状态"}
        : new String[] {"Platform code", "Generic name", "Agreed", "Procured", "Completion",
            "Elapsed", "Projected", "Proj. completion", "Substitutes", "Status"};
    List<String[]> rows = new ArrayList<>();
    for (VbpItemProgress p : r.items()) {
      String name = p.listing().genericName();
      rows.add(new String[] {
        p.platformCode(),
        name == null ? "—" : name,
        plain(p.agreement().agreedVolume()),
        plain(p.procured()),
        percent(p.completion()),
        percent(p.elapsedShare()),
        p.projected() == null ? "—" : plain(p.projected()),
        percent(p.projectedCompletion()),
        percent(p.substituteShare()),
        p.atRisk() ? (zh ? "进度落后" : "AT RISK") : p.projected() == null ? (zh ? "未开始" : "not started")
            : (zh ? "正常" : "on track")
      });
    }
    int[] w = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      w[i] = width(head[i]);
      for (String[] row : rows) {
        w[i] = Math.max(w[i], width(row[i]));
      }
    }
    out.println();
    out.println(line(head, w));
    String[] dashes = new String[head.length];
    for (int i = 0; i < head.length; i++) {
      dashes[i] = repeat('-', w[i]);
    }
    out.println(line(dashes, w));
    for (String[] row : rows) {
      out.println(line(row, w));
    }
    out.println();
    out.println(zh
        ? "订单 " + r.orders() + " 张（截至报告时已验收 " + r.acceptedOrders() + " 张）；计入 " + r.countedLines()
            + " 行，数量 " + plain(r.totalQuantity()) + "，金额 " + plain(r.totalAmount()) + " 元"
        : r.orders() + " orders (" + r.acceptedOrders() + " accepted by the report instant); "
            + r.countedLines() + " lines counted, quantity " + plain(r.totalQuantity())
            + ", amount " + plain(r.totalAmount()) + " yuan");
    if (!r.skipped().isEmpty()) {
      out.println(zh ? "未计入：" : "Not counted:");
      for (ConfigProblem p : r.skipped()) {
        out.println("  " + p);
      }
    }
  }

  private static String line(String[] cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append("  ");
      }
      b.append(cells[i]);
      if (i < cells.length - 1) {
        for (int k = width(cells[i]); k < w[i]; k++) {
          b.append(' ');
        }
      }
    }
    return b.toString();
  }

  /** Columns a terminal gives {@code s}: East Asian wide and full-width characters take two. */
  static int width(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      n += wide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return n;
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }

  private static String repeat(char c, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(c);
    }
    return b.toString();
  }

  static String percent(@Nullable BigDecimal ratio) {
    return ratio == null ? "—" : ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP)
        .toPlainString() + "%";
  }

  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int k;
    while ((k = in.read(buf)) > 0) {
      b.write(buf, 0, k);
    }
    return new String(b.toByteArray(), StandardCharsets.UTF_8);
  }
}
