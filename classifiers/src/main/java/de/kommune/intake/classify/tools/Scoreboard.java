package de.kommune.intake.classify.tools;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** Counters for the evaluation report: type accuracy, confusion, per-field P/R/F1, review rate. */
final class Scoreboard {

    static final class Prf {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            if (Double.isNaN(p) || Double.isNaN(r)) {
                return Double.isNaN(p) && Double.isNaN(r) ? Double.NaN : 0;
            }
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Documents, straight through (no review reason), wrong among those (type or a scored field). */
    static final class Flow {
        int docs;
        int straight;
        int straightWrong;
    }

    int docs;
    int typeOk;
    int review;
    int straightThrough;
    int straightWrong;
    final Map<String, Flow> perChannel = new TreeMap<>();
    final Map<String, Flow> perTypeFlow = new TreeMap<>();
    final java.util.List<double[]> reliability = new java.util.ArrayList<>(); // {confidence, typeOk 0/1}
    int invalidIbanLabelled;
    int invalidIbanReviewed;
    long nanos;
    final Prf fields = new Prf();
    final Map<String, Prf> perField = new TreeMap<>();
    final Map<String, int[]> perType = new TreeMap<>(); // docs, typeOk, review
    final Map<String, Prf> perTypeFields = new TreeMap<>();
    final Map<String, Prf> perChannelFields = new TreeMap<>();
    final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    final Map<String, Integer> reasons = new TreeMap<>();

    void print(PrintStream out) {
        out.printf("== %d documents, %.1f ms/document%n", docs, nanos / 1e6 / Math.max(1, docs));
        out.printf("   type accuracy %s (%d/%d)%n", pct(typeOk / (double) docs), typeOk, docs);
        out.printf("   fields P %s  R %s  F1 %s   (tp %d fp %d fn %d)%n", pct(fields.precision()),
                pct(fields.recall()), pct(fields.f1()), fields.tp, fields.fp, fields.fn);
        out.printf("   type macro-F1 %.3f%n", macroF1());
        out.printf("   review rate %s   straight-through %s (%d), wrong among them %s (%d)   invalid IBANs sent to "
                        + "review %d/%d%n", pct(review / (double) docs), pct(straightThrough / (double) docs),
                straightThrough, pct(straightThrough == 0 ? Double.NaN : straightWrong / (double) straightThrough),
                straightWrong, invalidIbanReviewed, invalidIbanLabelled);
        out.println("   review reasons: " + reasons);
        out.println("== Per type                    docs  typeAcc  fieldF1   review  straight  st-wrong");
        for (Map.Entry<String, int[]> e : perType.entrySet()) {
            int[] v = e.getValue();
            Flow f = perTypeFlow.get(e.getKey());
            out.printf("   %-26s %5d  %7s  %7s  %7s  %7s  %7s%n", e.getKey(), v[0], pct(v[1] / (double) v[0]),
                    pct(perTypeFields.get(e.getKey()).f1()), pct(v[2] / (double) v[0]), pct(f.straight / (double) f.docs),
                    pct(f.straight == 0 ? Double.NaN : f.straightWrong / (double) f.straight));
        }
        out.println("== Per channel                 docs  fieldF1  straight  st-wrong");
        for (Map.Entry<String, Flow> e : perChannel.entrySet()) {
            Flow f = e.getValue();
            out.printf("   %-26s %5d  %7s  %7s  %7s%n", e.getKey(), f.docs,
                    pct(perChannelFields.computeIfAbsent(e.getKey(), k -> new Prf()).f1()),
                    pct(f.straight / (double) f.docs),
                    pct(f.straight == 0 ? Double.NaN : f.straightWrong / (double) f.straight));
        }
        printReliability(out);
        out.println("== Fields                  tp    fp    fn        P        R       F1");
        for (Map.Entry<String, Prf> e : perField.entrySet()) {
            Prf p = e.getValue();
            out.printf("   %-22s %5d %5d %5d  %7s  %7s  %7s%n", e.getKey(), p.tp, p.fp, p.fn, pct(p.precision()),
                    pct(p.recall()), pct(p.f1()));
        }
        printMatrix(out);
        out.println("== Confusion (expected -> predicted, off-diagonal)");
        boolean any = false;
        for (Map.Entry<String, Map<String, Integer>> e : confusion.entrySet()) {
            for (Map.Entry<String, Integer> p : e.getValue().entrySet()) {
                if (!p.getKey().equals(e.getKey())) {
                    out.printf("   %-26s -> %-26s %d%n", e.getKey(), p.getKey(), p.getValue());
                    any = true;
                }
            }
        }
        if (!any) {
            out.println("   (none)");
        }
    }

    /** Mean over the types (expected or predicted) of the type decision's F1. */
    double macroF1() {
        Map<String, int[]> t = new TreeMap<>(); // tp, fp, fn
        for (Map.Entry<String, Map<String, Integer>> e : confusion.entrySet()) {
            for (Map.Entry<String, Integer> p : e.getValue().entrySet()) {
                if (p.getKey().equals(e.getKey())) {
                    t.computeIfAbsent(e.getKey(), k -> new int[3])[0] += p.getValue();
                } else {
                    t.computeIfAbsent(p.getKey(), k -> new int[3])[1] += p.getValue();
                    t.computeIfAbsent(e.getKey(), k -> new int[3])[2] += p.getValue();
                }
            }
        }
        return ModelTraining.macroF1(t);
    }

    /** Ten confidence bins: how often the type was right at each stated confidence. */
    void printReliability(PrintStream out) {
        int[] n = new int[10];
        double[] conf = new double[10];
        int[] ok = new int[10];
        for (double[] r : reliability) {
            int bin = Math.min(9, (int) Math.floor(r[0] * 10));
            n[bin]++;
            conf[bin] += r[0];
            ok[bin] += (int) r[1];
        }
        double ece = 0;
        out.println("== Reliability of the type confidence   bin        mean conf  accuracy  count");
        for (int b = 0; b < 10; b++) {
            if (n[b] == 0) {
                continue;
            }
            out.printf("   %24s [%.1f, %.1f%s  %8.3f  %8.3f  %5d%n", "", b / 10.0, (b + 1) / 10.0, b == 9 ? "]" : ")",
                    conf[b] / n[b], ok[b] / (double) n[b], n[b]);
            ece += Math.abs(conf[b] / n[b] - ok[b] / (double) n[b]) * n[b];
        }
        out.printf("   expected calibration error %.3f%n", reliability.isEmpty() ? Double.NaN : ece / reliability.size());
    }

    /** Full confusion matrix; columns are numbered like the rows. */
    void printMatrix(PrintStream out) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(confusion.keySet());
        confusion.values().forEach(m -> all.addAll(m.keySet()));
        java.util.List<String> types = new java.util.ArrayList<>(all);
        out.println("== Confusion matrix (rows expected, columns predicted)");
        StringBuilder head = new StringBuilder(String.format("   %-28s", ""));
        for (int i = 0; i < types.size(); i++) {
            head.append(String.format("%4d", i + 1));
        }
        out.println(head);
        for (int r = 0; r < types.size(); r++) {
            StringBuilder row = new StringBuilder(String.format("   %2d %-25s", r + 1, types.get(r)));
            Map<String, Integer> m = confusion.getOrDefault(types.get(r), Map.of());
            for (String c : types) {
                int v = m.getOrDefault(c, 0);
                row.append(v == 0 ? "   ." : String.format("%4d", v));
            }
            out.println(row);
        }
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "    n/a" : String.format("%6.1f%%", 100 * v);
    }
}
