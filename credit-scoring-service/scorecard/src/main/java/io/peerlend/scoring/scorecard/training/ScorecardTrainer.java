package io.peerlend.scoring.scorecard.training;

import io.peerlend.scoring.scorecard.Feature;
import io.peerlend.scoring.scorecard.Scorecard;
import io.peerlend.scoring.scorecard.ScorecardModel;
import io.peerlend.scoring.scorecard.ScorecardModel.Bin;
import io.peerlend.scoring.scorecard.ScorecardModel.Calibration;
import io.peerlend.scoring.scorecard.ScorecardModel.Characteristic;
import io.peerlend.scoring.scorecard.ScorecardModel.GradeBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the scorecard: a stratified hold-out split with a fixed seed, weight of evidence per bin on the training
 * split, a logistic regression on the WoE values (Tribuo, seeded, single-threaded), points, grades and the hold-out
 * model card. The same data and settings always give the same model.
 */
public final class ScorecardTrainer {

    public static final long SPLIT_SEED = 1994L;
    public static final long FIT_SEED = 42L;
    public static final double HOLD_OUT_SHARE = 0.3;
    public static final ScorecardModel.Scaling SCALING = new ScorecardModel.Scaling(600, 50.0, 20);
    /** PD bands: documented in the model card; ordered, so a worse grade never has a lower PD. */
    public static final List<GradeBand> GRADES = List.of(
            new GradeBand("A*", 0.08),
            new GradeBand("A", 0.15),
            new GradeBand("B", 0.25),
            new GradeBand("C", 0.35),
            new GradeBand("D", 0.50),
            new GradeBand("E", 0.65));

    private static final Label BAD = new Label("bad");
    private static final Label GOOD = new Label("good");

    private ScorecardTrainer() {}

    public static ScorecardModel train(List<GermanCredit.Labelled> all, String version, LocalDate trainedOn) {
        return train(all, version, trainedOn, ScorecardDesign.V1, null);
    }

    /**
     * Trains a model by {@code design}; {@code previous} (may be null) is the version it replaces, whose hold-out
     * performance the card repeats beside its own (the same split, so the same applicants).
     */
    public static ScorecardModel train(
            List<GermanCredit.Labelled> all,
            String version,
            LocalDate trainedOn,
            ScorecardDesign design,
            ScorecardModel previous) {
        List<GermanCredit.Labelled> training = new ArrayList<>();
        List<GermanCredit.Labelled> holdOut = new ArrayList<>();
        split(all, training, holdOut);

        Map<Feature, Map<String, int[]>> counts = countBins(training);
        int totalGood = (int) training.stream().filter(l -> !l.bad()).count();
        int totalBad = training.size() - totalGood;
        List<String> notes = new ArrayList<>();
        Map<Feature, List<CoarseClass>> classes = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            if (design.droppedUpFront().containsKey(feature)) {
                notes.add(design.droppedUpFront().get(feature));
                continue;
            }
            List<CoarseClass> k = design.coarse()
                    ? CoarseClass.pooled(design.order().get(feature), counts.get(feature), totalGood, totalBad)
                    : CoarseClass.fine(feature.bins(), counts.get(feature), totalGood, totalBad);
            if (design.coarse() && k.size() < 2) {
                notes.add(feature.label().toLowerCase(Locale.ROOT) + ": dropped; its weight of evidence "
                        + "does not rise from the worst to the best of "
                        + design.order().get(feature)
                        + " however neighbouring bins are pooled");
                continue;
            }
            if (design.coarse()) {
                notes.add(feature.label().toLowerCase(Locale.ROOT) + ": " + CoarseClass.describe(k));
            }
            classes.put(feature, k);
        }

        double[] beta = fit(training, classes);
        while (design.coarse()) {
            Feature wrongSign = null;
            int i = 0;
            for (Feature f : classes.keySet()) {
                if (beta[i++] >= 0 && wrongSign == null) {
                    wrongSign = f;
                }
            }
            if (wrongSign == null) {
                break;
            }
            notes.add(wrongSign.label().toLowerCase(Locale.ROOT) + ": dropped; beside the others its "
                    + "coefficient took the wrong sign (better evidence would have raised the risk)");
            classes.remove(wrongSign);
            beta = fit(training, classes);
        }
        double factor = SCALING.pointsToDoubleOdds() / Math.log(2);
        double offset = SCALING.baseScore() - factor * Math.log(SCALING.baseOdds());
        List<Feature> kept = new ArrayList<>(classes.keySet());
        int n = kept.size();
        boolean capped = false;
        for (int i = 0; i < n; i++) {
            Feature f = kept.get(i);
            if (design.declaredPointsCap() > 0 && design.evidence().get(f) == ScorecardModel.Evidence.DECLARED) {
                double range = classes.get(f).stream()
                                .mapToDouble(CoarseClass::woe)
                                .max()
                                .orElse(0)
                        - classes.get(f).stream()
                                .mapToDouble(CoarseClass::woe)
                                .min()
                                .orElse(0);
                // half a point under the cap, so rounding each class's points cannot take the spread past it
                double most = (design.declaredPointsCap() - 0.5) / (range * factor);
                if (-beta[i] > most) {
                    beta[i] = -most;
                    capped = true;
                    notes.add(f.label().toLowerCase(Locale.ROOT) + ": declared and never confirmed, so "
                            + "held to at most " + design.declaredPointsCap() + " points between its best and "
                            + "worst class");
                }
            }
        }
        if (capped) {
            beta[n] = recalibratedIntercept(training, classes, beta);
        }
        double intercept = round(beta[n]);
        List<Characteristic> characteristics = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Feature feature = kept.get(i);
            double coefficient = round(beta[i]);
            List<Bin> bins = new ArrayList<>();
            for (CoarseClass c : classes.get(feature)) {
                int points = (int) Math.round(-(coefficient * c.woe() + intercept / n) * factor + offset / n);
                bins.add(new Bin(c.name(), c.goods(), c.bads(), c.woe(), points, c.members()));
            }
            ScorecardModel.Evidence evidence = design.evidence().get(feature);
            Integer unconfirmed = evidence == ScorecardModel.Evidence.BUREAU
                    ? (int) Math.round(-(intercept / n) * factor + offset / n)
                    : null;
            characteristics.add(new Characteristic(
                    feature, feature.label(), sourceAttribute(feature), coefficient, bins, evidence, unconfirmed));
        }
        ScorecardModel.TrainingData data = new ScorecardModel.TrainingData(
                "Statlog (German Credit Data)",
                "UCI Machine Learning Repository, Hans Hofmann (1994)",
                "CC BY 4.0",
                "doi:10.24432/C5NC77",
                all.size(),
                training.size(),
                holdOut.size(),
                SPLIT_SEED,
                GermanCredit.EXCLUDED,
                GermanCredit.KNOWN_QUIRKS);
        List<String> design0 = design.coarse() ? List.copyOf(notes) : null;
        ScorecardModel.Comparison compared =
                previous == null ? null : new ScorecardModel.Comparison(previous.version(), previous.holdOut());
        ScorecardModel unevaluated = new ScorecardModel(
                version, trainedOn, data, SCALING, intercept, characteristics, GRADES, null, design0, compared);
        return new ScorecardModel(
                version,
                trainedOn,
                data,
                SCALING,
                intercept,
                characteristics,
                GRADES,
                evaluate(new Scorecard(unevaluated), holdOut),
                design0,
                compared);
    }

    /** The intercept that makes the mean predicted PD on the training split its share of bads again. */
    private static double recalibratedIntercept(
            List<GermanCredit.Labelled> training, Map<Feature, List<CoarseClass>> classes, double[] beta) {
        double bads = training.stream().filter(GermanCredit.Labelled::bad).count();
        double low = -20;
        double high = 20;
        for (int step = 0; step < 200; step++) {
            double mid = (low + high) / 2;
            double expected = 0;
            for (GermanCredit.Labelled row : training) {
                double logit = mid;
                int i = 0;
                for (Map.Entry<Feature, List<CoarseClass>> f : classes.entrySet()) {
                    logit += beta[i++]
                            * CoarseClass.of(f.getValue(), f.getKey().binOf(row.applicant()))
                                    .woe();
                }
                expected += 1 / (1 + Math.exp(-logit));
            }
            if (expected > bads) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return (low + high) / 2;
    }

    /** Stratified: the same share of bads in both parts. */
    static void split(
            List<GermanCredit.Labelled> all,
            List<GermanCredit.Labelled> training,
            List<GermanCredit.Labelled> holdOut) {
        Random random = new Random(SPLIT_SEED);
        for (boolean bad : new boolean[] {false, true}) {
            List<GermanCredit.Labelled> stratum =
                    new ArrayList<>(all.stream().filter(l -> l.bad() == bad).toList());
            Collections.shuffle(stratum, random);
            int hold = (int) Math.round(stratum.size() * HOLD_OUT_SHARE);
            holdOut.addAll(stratum.subList(0, hold));
            training.addAll(stratum.subList(hold, stratum.size()));
        }
    }

    static Map<Feature, Map<String, int[]>> countBins(List<GermanCredit.Labelled> rows) {
        Map<Feature, Map<String, int[]>> counts = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            Map<String, int[]> byBin = new LinkedHashMap<>();
            feature.bins().forEach(b -> byBin.put(b, new int[2]));
            for (GermanCredit.Labelled row : rows) {
                byBin.get(feature.binOf(row.applicant()))[row.bad() ? 1 : 0]++;
            }
            counts.put(feature, byBin);
        }
        return counts;
    }

    /** Coefficients of ln(odds of bad) on each kept feature's WoE (in the map's order), intercept last. */
    private static double[] fit(List<GermanCredit.Labelled> training, Map<Feature, List<CoarseClass>> classes) {
        LabelFactory labels = new LabelFactory();
        List<Example<Label>> examples = new ArrayList<>();
        List<Feature> kept = new ArrayList<>(classes.keySet());
        String[] names = new String[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            names[i] = kept.get(i).name();
        }
        for (GermanCredit.Labelled row : training) {
            double[] values = new double[names.length];
            for (int i = 0; i < kept.size(); i++) {
                Feature f = kept.get(i);
                values[i] =
                        CoarseClass.of(classes.get(f), f.binOf(row.applicant())).woe();
            }
            examples.add(new ArrayExample<>(row.bad() ? BAD : GOOD, names, values));
        }
        MutableDataset<Label> dataset = new MutableDataset<>(new ListDataSource<>(
                examples, labels, new SimpleDataSourceProvenance("german-credit training split", labels)));
        LinearSGDTrainer trainer =
                new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 200, -1, 1, FIT_SEED);
        LinearSGDModel model = trainer.train(dataset);
        DenseMatrix weights = model.getWeightsCopy();
        int bad = model.getOutputIDInfo().getID(BAD);
        int good = model.getOutputIDInfo().getID(GOOD);
        double[] beta = new double[names.length + 1];
        for (int i = 0; i < kept.size(); i++) {
            int id = model.getFeatureIDMap().getID(names[i]);
            beta[i] = weights.get(bad, id) - weights.get(good, id);
        }
        int biasColumn = model.getFeatureIDMap().size();
        beta[names.length] = weights.get(bad, biasColumn) - weights.get(good, biasColumn);
        return beta;
    }

    static ScorecardModel.Performance evaluate(Scorecard scorecard, List<GermanCredit.Labelled> holdOut) {
        double[] pd = new double[holdOut.size()];
        boolean[] bad = new boolean[holdOut.size()];
        Map<String, double[]> perGrade = new LinkedHashMap<>(); // count, sum pd, bads
        GRADES.forEach(g -> perGrade.put(g.grade(), new double[3]));
        perGrade.put(Scorecard.DECLINE, new double[3]);
        for (int i = 0; i < holdOut.size(); i++) {
            pd[i] = scorecard
                    .score(holdOut.get(i).applicant(), Instant.EPOCH)
                    .pd()
                    .doubleValue();
            bad[i] = holdOut.get(i).bad();
            double[] g = perGrade.get(scorecard.gradeFor(pd[i]));
            g[0]++;
            g[1] += pd[i];
            g[2] += bad[i] ? 1 : 0;
        }
        double auc = Metrics.auc(pd, bad);
        List<Calibration> calibration = new ArrayList<>();
        perGrade.forEach((grade, g) -> calibration.add(new Calibration(
                grade, (int) g[0], g[0] == 0 ? 0 : round(g[1] / g[0]), g[0] == 0 ? 0 : round(g[2] / g[0]))));
        return new ScorecardModel.Performance(round(auc), round(2 * auc - 1), round(Metrics.ks(pd, bad)), calibration);
    }

    private static String sourceAttribute(Feature feature) {
        return switch (feature) {
            case CURRENT_ACCOUNT -> "1 status of existing checking account";
            case TERM -> "2 duration in months";
            case CREDIT_HISTORY -> "3 credit history";
            case PURPOSE -> "4 purpose";
            case SAVINGS -> "6 savings account/bonds";
            case EMPLOYMENT -> "7 present employment since";
            case PROPERTY -> "12 property";
            case AGE -> "13 age in years";
            case OTHER_INSTALMENT_PLANS -> "14 other installment plans";
            case HOUSING -> "15 housing";
        };
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    }
}
