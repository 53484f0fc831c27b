package io.peerlend.scoring.scorecard.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One class of a characteristic: the fine bins it holds ({@code members}, null for a fine bin on its own), its
 * training counts and weight of evidence {@code ln(((goods + 0.5) / all goods) / ((bads + 0.5) / all bads))} (the
 * +0.5 keeps a class with no bads, or no goods, finite).
 */
record CoarseClass(String name, List<String> members, int goods, int bads, double woe) {

    /** Every fine bin a class of its own (version 1). */
    static List<CoarseClass> fine(List<String> bins, Map<String, int[]> counts, int totalGood, int totalBad) {
        List<CoarseClass> classes = new ArrayList<>();
        for (String bin : bins) {
            int[] c = counts.get(bin);
            classes.add(new CoarseClass(bin, null, c[0], c[1], woe(c[0], c[1], totalGood, totalBad)));
        }
        return classes;
    }

    /**
     * Classes in {@code order} (worst first; a group's bins rank equally), neighbours pooled until the weight of
     * evidence rises strictly from worst to best: pool-adjacent-violators, so no class scores better than a class a
     * credit officer would rank above it.
     */
    static List<CoarseClass> pooled(List<List<String>> order, Map<String, int[]> counts, int totalGood, int totalBad) {
        List<List<String>> members = new ArrayList<>();
        List<int[]> sums = new ArrayList<>();
        for (List<String> group : order) {
            int[] sum = new int[2];
            for (String bin : group) {
                sum[0] += counts.get(bin)[0];
                sum[1] += counts.get(bin)[1];
            }
            members.add(new ArrayList<>(group));
            sums.add(sum);
        }
        boolean pooledAny = true;
        while (pooledAny && members.size() > 1) {
            pooledAny = false;
            for (int i = 0; i + 1 < members.size(); i++) {
                double here = woe(sums.get(i)[0], sums.get(i)[1], totalGood, totalBad);
                double next = woe(sums.get(i + 1)[0], sums.get(i + 1)[1], totalGood, totalBad);
                if (here >= next) {
                    members.get(i).addAll(members.remove(i + 1));
                    int[] gone = sums.remove(i + 1);
                    sums.get(i)[0] += gone[0];
                    sums.get(i)[1] += gone[1];
                    pooledAny = true;
                    break;
                }
            }
        }
        List<CoarseClass> classes = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            List<String> m = members.get(i);
            int[] c = sums.get(i);
            classes.add(new CoarseClass(
                    String.join("+", m),
                    m.size() == 1 ? null : List.copyOf(m),
                    c[0],
                    c[1],
                    woe(c[0], c[1], totalGood, totalBad)));
        }
        return classes;
    }

    /** The class holding {@code fineBin}. */
    static CoarseClass of(List<CoarseClass> classes, String fineBin) {
        for (CoarseClass c : classes) {
            if (c.members == null ? c.name.equals(fineBin) : c.members.contains(fineBin)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no class holds " + fineBin);
    }

    /** "A < B+C < D", worst first, for the model card. */
    static String describe(List<CoarseClass> classes) {
        return classes.stream().map(CoarseClass::name).collect(Collectors.joining(" < "))
                + " (worst to best; classes joined by + were pooled)";
    }

    private static double woe(int goods, int bads, int totalGood, int totalBad) {
        return ScorecardTrainer.round(Math.log(((goods + 0.5) / totalGood) / ((bads + 0.5) / totalBad)));
    }
}
