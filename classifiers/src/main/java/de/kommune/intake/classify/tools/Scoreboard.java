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

    int docs;
    int typeOk;
    int review;
    int straightThrough;
    int invalidIbanLabelled;
    int invalidIbanReviewed;
    long nanos;
    final Prf fields = new Prf();
    final Map<String, Prf> perField = new TreeMap<>();
    final Map<String, int[]> perType = new TreeMap<>(); // docs, typeOk, review
    final Map<String, Prf> perTypeFields = new TreeMap<>();
    final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    final Map<String, Integer> reasons = new TreeMap<>();

    void print(PrintStream out) {
        out.printf("== %d documents, %.1f ms/document%n", docs, nanos / 1e6 / Math.max(1, docs));
        out.printf("   type accuracy %s (%d/%d)%n", pct(typeOk / (double) docs), typeOk, docs);
        out.printf("   fields P %s  R %s  F1 %s   (tp %d fp %d fn %d)%n", pct(fields.precision()),
                pct(fields.recall()), pct(fields.f1()), fields.tp, fields.fp, fields.fn);
        out.printf("   review rate %s   straight-through %s   invalid IBANs sent to review %d/%d%n",
                pct(review / (double) docs), pct(straightThrough / (double) docs), invalidIbanReviewed,
                invalidIbanLabelled);
        out.println("   review reasons: " + reasons);
        out.println("== Per type                    docs  typeAcc  fieldF1   review");
        for (Map.Entry<String, int[]> e : perType.entrySet()) {
            int[] v = e.getValue();
            out.printf("   %-26s %5d  %7s  %7s  %7s%n", e.getKey(), v[0], pct(v[1] / (double) v[0]),
                    pct(perTypeFields.get(e.getKey()).f1()), pct(v[2] / (double) v[0]));
        }
        out.println("== Fields                  tp    fp    fn        P        R       F1");
        for (Map.Entry<String, Prf> e : perField.entrySet()) {
            Prf p = e.getValue();
            out.printf("   %-22s %5d %5d %5d  %7s  %7s  %7s%n", e.getKey(), p.tp, p.fp, p.fn, pct(p.precision()),
                    pct(p.recall()), pct(p.f1()));
        }
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

    static String pct(double v) {
        return Double.isNaN(v) ? "    n/a" : String.format("%6.1f%%", 100 * v);
    }
}
