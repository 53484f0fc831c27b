package io.peerlend.scoring.scorecard.training;

import io.peerlend.scoring.scorecard.ScorecardJson;
import io.peerlend.scoring.scorecard.ScorecardModel;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The training command: {@code TrainScorecard <german.data> <output.json> <version> [trained-on date]
 * [v1|v2 design] [the bundled version it replaces]}.
 * Run it through the Maven profile {@code train-model} (see the scorecard README).
 */
public final class TrainScorecard {

    private TrainScorecard() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: TrainScorecard <german.data> <output.json> <version> [yyyy-mm-dd]");
            System.exit(2);
        }
        LocalDate trainedOn = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.now();
        ScorecardDesign design = args.length > 4 && args[4].equals("v2") ? ScorecardDesign.V2 : ScorecardDesign.V1;
        ScorecardModel previous = args.length > 5 ? ScorecardJson.bundled(args[5]) : null;
        ScorecardModel model =
                ScorecardTrainer.train(GermanCredit.read(Path.of(args[0])), args[2], trainedOn, design, previous);
        ScorecardJson.write(model, Path.of(args[1]));
        System.out.printf(
                "model %s: hold-out AUC %.4f, Gini %.4f, KS %.4f -> %s%n",
                model.version(),
                model.holdOut().auc(),
                model.holdOut().gini(),
                model.holdOut().ks(),
                args[1]);
        if (model.design() != null) {
            model.design().forEach(line -> System.out.println("  design: " + line));
        }
        model.holdOut()
                .calibration()
                .forEach(c -> System.out.printf(
                        "  %-7s n=%3d  predicted %.3f  observed %.3f%n",
                        c.grade(), c.applicants(), c.meanPredictedPd(), c.observedDefaultRate()));
    }
}
