package io.github.qinglian.audit;

import java.nio.file.Paths;

/** Appends to a chained log until killed; the crash test's writer process. */
public final class ChainedLogWriterMain {
  private ChainedLogWriterMain() {}

  public static void main(String[] args) throws Exception {
    try (ChainedLog log = ChainedLog.open(Paths.get(args[0]), false)) {
      StringBuilder pad = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        pad.append('x');
      }
      for (long i = 0; ; i++) {
        log.append("{\"type\":\"CHECK_IN\",\"n\":" + i + ",\"pad\":\"" + pad + "\"}");
      }
    }
  }
}
