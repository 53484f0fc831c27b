package io.peerlend.scoring.scorecard.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Discrimination measures on predicted PDs against observed outcomes. */
final class Metrics {

    private Metrics() {}

    /** Area under the ROC curve: the chance a random bad gets a higher PD than a random good (ties count half). */
    static double auc(double[] pd, boolean[] bad) {
        Integer[] order = IntStream.range(0, pd.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pd[i]));
        double rankSumBad = 0;
        long bads = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && pd[order[j + 1]] == pd[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // 1-based ranks, ties averaged
            for (int k = i; k <= j; k++) {
                if (bad[order[k]]) {
                    rankSumBad += averageRank;
                    bads++;
                }
            }
            i = j + 1;
        }
        long goods = pd.length - bads;
        return (rankSumBad - bads * (bads + 1) / 2.0) / ((double) bads * goods);
    }

    /** Kolmogorov-Smirnov: the largest gap between the cumulative shares of bads and goods over the PD order. */
    static double ks(double[] pd, boolean[] bad) {
        Integer[] order = IntStream.range(0, pd.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> pd[i]).reversed());
        long bads = IntStream.range(0, bad.length).filter(i -> bad[i]).count();
        long goods = pd.length - bads;
        double cumBad = 0;
        double cumGood = 0;
        double best = 0;
        for (int k = 0; k < order.length; k++) {
            if (bad[order[k]]) {
                cumBad++;
            } else {
                cumGood++;
            }
            boolean endOfTie = k + 1 == order.length || pd[order[k + 1]] != pd[order[k]];
            if (endOfTie) {
                best = Math.max(best, Math.abs(cumBad / bads - cumGood / goods));
            }
        }
        return best;
    }
}
