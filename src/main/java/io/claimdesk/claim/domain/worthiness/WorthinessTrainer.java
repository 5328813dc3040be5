package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.claim.domain.CheckWorthiness;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.AdaGradRDA;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Trains and cross-validates the check-worthiness model with Tribuo ({@link LinearSGDTrainer} with the logistic loss
 * {@link LogMulticlass}: logistic regression; AdaGrad, learning rate {@value #LEARNING_RATE}, {@value #EPOCHS}
 * epochs, minibatches of {@value #MINIBATCH}, seed {@value #SEED}; deterministic for the same rows in the same order).
 *
 * <p><b>Folds.</b> Per language. When the public rows of a language have at least {@value #MIN_TOPIC_FOLDS}
 * topics, each topic is one fold (leave one topic out; the Arabic CheckThat! 2021 train split has 10); otherwise
 * (the English split has one topic) there are {@value #RANDOM_FOLDS} folds, the public rows dealt to them in a
 * label-stratified, seeded shuffle. Rows without a topic (the project's own sentences, the desk's decisions) are
 * dealt to the folds the same way, so they are both trained on and measured.
 *
 * <p><b>MAP.</b> Mean over the folds of the average precision of the fold's test rows ranked by score (ties keep
 * the rows' order); with topic folds this is the lab's measure (MAP over topics). A fold without a check-worthy row
 * has no average precision and is left out of the mean.
 *
 * <p><b>Features kept.</b> Per language, as its {@link WorthinessFeatures.Spec} says ({@link #spec}): the
 * {@code maxNgrams} n-grams that occur in the most training texts of the fold (ties by name), among those in at least
 * {@code minDocumentFrequency} texts, weighted by idf of the fold's texts or binary; rule signals are always kept.
 * This bounds the model's size. Specs with {@code regularisedDualAveraging} train with {@link AdaGradRDA} (same
 * learning rate, L2 penalty {@value #L2}) instead of {@link AdaGrad}.
 */
public final class WorthinessTrainer {

    public static final double LEARNING_RATE = 0.5;
    public static final int EPOCHS = 8;
    public static final long SEED = 17L;
    public static final int MIN_TOPIC_FOLDS = 3;
    public static final int RANDOM_FOLDS = 5;
    public static final int MINIBATCH = 4;
    /** L2 penalty of {@link AdaGradRDA} for specs with {@link WorthinessFeatures.Spec#regularisedDualAveraging()}. */
    public static final double L2 = 1e-4;
    /** Spec of Arabic models. */
    public static final WorthinessFeatures.Spec ARABIC = new WorthinessFeatures.Spec(true, false, false, false, 3,
            60_000, false);
    /** Spec of English (and any other language's) models. */
    public static final WorthinessFeatures.Spec OTHER = new WorthinessFeatures.Spec(false, true, true, true, 2,
            30_000, true);

    /**
     * Cross-validated figures of one language.
     *
     * @param language  {@code ar} or {@code en}
     * @param rows      labelled rows used
     * @param positives check-worthy rows among them
     * @param folds     number of folds
     * @param byTopic   whether the folds are the public topics
     * @param modelMap  MAP of the learned model
     * @param ruleMap   MAP of the rule score ({@link CheckWorthiness}) on the same folds
     * @param features  features of the final model
     */
    public record Figures(String language, int rows, int positives, int folds, boolean byTopic, double modelMap,
                          double ruleMap, int features) {
    }

    /** A trained model with the cross-validated figures of each language, in language order. */
    public record Result(WorthinessModel model, List<Figures> figures) {
    }

    private static final LabelFactory LABELS = new LabelFactory();

    private WorthinessTrainer() {
    }

    /**
     * Cross-validates, fits the Platt calibration on the out-of-fold scores and trains the final model on all rows,
     * for each language present in {@code rows} with both labels.
     *
     * @param incumbent when given, its MAP on the same test folds is reported in place of the rule's (the "before"
     *                  of a retrain); null to compare with the rule
     * @throws IllegalArgumentException when no language has both labels
     */
    public static Result train(List<LabelledText> rows, @org.jspecify.annotations.Nullable WorthinessModel incumbent) {
        Map<String, Model<Label>> models = new LinkedHashMap<>();
        Map<String, WorthinessModel.Platt> platt = new HashMap<>();
        Map<String, WorthinessModel.Vocabulary> vocabularies = new HashMap<>();
        List<Figures> figures = new ArrayList<>();
        for (String lang : new TreeSet<>(rows.stream().map(LabelledText::language).toList())) {
            List<LabelledText> mine = rows.stream().filter(r -> r.language().equals(lang)).toList();
            long positives = mine.stream().filter(LabelledText::checkWorthy).count();
            if (positives == 0 || positives == mine.size()) {
                continue;
            }
            WorthinessFeatures.Spec spec = spec(lang);
            List<WorthinessFeatures.Grams> grams = mine.stream()
                    .map(r -> WorthinessFeatures.grams(r.text(), lang, spec)).toList();
            int[] fold = new int[mine.size()];
            boolean byTopic = folds(mine, fold);
            int folds = java.util.Arrays.stream(fold).max().orElse(0) + 1;

            double[] outOfFold = new double[mine.size()];
            for (int k = 0; k < folds; k++) {
                List<Integer> train = new ArrayList<>();
                List<Integer> test = new ArrayList<>();
                for (int i = 0; i < mine.size(); i++) {
                    (fold[i] == k ? test : train).add(i);
                }
                Fitted fitted = fit(mine, grams, train, lang, spec);
                for (int i : test) {
                    outOfFold[i] = WorthinessModel.logOdds(fitted.model(),
                            WorthinessFeatures.vector(grams.get(i), fitted.vocabulary().weights(), spec));
                }
            }
            double modelMap = meanAveragePrecision(mine, fold, folds, i -> outOfFold[i]);
            ToDoubleFunction<Integer> other = incumbent != null && incumbent.knows(lang)
                    ? i -> incumbent.logOdds(lang, mine.get(i).text(), lang)
                    : i -> CheckWorthiness.assess(mine.get(i).text(), lang).score();
            double otherMap = meanAveragePrecision(mine, fold, folds, other);
            boolean[] labels = new boolean[mine.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = mine.get(i).checkWorthy();
            }
            platt.put(lang, fitPlatt(outOfFold, labels));
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                all.add(i);
            }
            Fitted fitted = fit(mine, grams, all, lang, spec);
            Model<Label> model = fitted.model();
            models.put(lang, model);
            vocabularies.put(lang, fitted.vocabulary());
            figures.add(new Figures(lang, mine.size(), (int) positives, folds, byTopic, modelMap, otherMap,
                    model.getFeatureIDMap().size()));
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no language has both check-worthy and other rows");
        }
        return new Result(WorthinessModel.of(models, platt, vocabularies), figures);
    }

    private record Fitted(Model<Label> model, WorthinessModel.Vocabulary vocabulary) {
    }

    private static Fitted fit(List<LabelledText> rows, List<WorthinessFeatures.Grams> grams, List<Integer> use,
                              String lang, WorthinessFeatures.Spec spec) {
        Map<String, Integer> df = new HashMap<>();
        for (int i : use) {
            grams.get(i).words().keySet().forEach(name -> df.merge(name, 1, Integer::sum));
            grams.get(i).chars().keySet().forEach(name -> df.merge(name, 1, Integer::sum));
        }
        Map<String, Integer> kept = new HashMap<>();
        df.entrySet().stream()
                .filter(e -> e.getValue() >= spec.minDocumentFrequency())
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(spec.maxNgrams())
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        WorthinessModel.Vocabulary vocabulary = new WorthinessModel.Vocabulary(spec, use.size(), kept);
        Map<String, Double> weights = vocabulary.weights();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("claimdesk check-worthiness " + lang + " (" + use.size() + " rows)",
                        OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), LABELS), LABELS);
        for (int i : use) {
            Label label = new Label(rows.get(i).checkWorthy() ? WorthinessModel.POSITIVE : WorthinessModel.NEGATIVE);
            data.add(WorthinessModel.example(label, WorthinessFeatures.vector(grams.get(i), weights, spec)));
        }
        StochasticGradientOptimiser optimiser = spec.regularisedDualAveraging()
                ? new AdaGradRDA(LEARNING_RATE, 0.1, 0, L2, use.size())
                : new AdaGrad(LEARNING_RATE, 0.1);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), optimiser, EPOCHS, -1, MINIBATCH, SEED);
        return new Fitted(trainer.train(data), vocabulary);
    }

    /**
     * The feature spec of a language (chosen by cross-validated MAP on the public train splits, see
     * docs/benchmarks.md).
     */
    public static WorthinessFeatures.Spec spec(String lang) {
        return lang.equals("ar") ? ARABIC : OTHER;
    }

    /** Assigns folds; returns whether they are topics. */
    static boolean folds(List<LabelledText> rows, int[] fold) {
        List<String> topics = rows.stream().filter(r -> r.topic() != null).map(LabelledText::topic).distinct()
                .sorted().toList();
        boolean byTopic = topics.size() >= MIN_TOPIC_FOLDS;
        int k = byTopic ? topics.size() : RANDOM_FOLDS;
        List<Integer> dealt = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LabelledText r = rows.get(i);
            if (byTopic && r.topic() != null) {
                fold[i] = topics.indexOf(r.topic());
            } else {
                dealt.add(i);
            }
        }
        java.util.Random random = new java.util.Random(SEED);
        java.util.Collections.shuffle(dealt, random);
        dealt.sort(Comparator.comparing((Integer i) -> !rows.get(i).checkWorthy())); // stable: positives first
        for (int j = 0; j < dealt.size(); j++) {
            fold[dealt.get(j)] = j % k;
        }
        return byTopic;
    }

    static double meanAveragePrecision(List<LabelledText> rows, int[] fold, int folds,
                                               ToDoubleFunction<Integer> score) {
        double sum = 0;
        int counted = 0;
        for (int k = 0; k < folds; k++) {
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] == k) {
                    test.add(i);
                }
            }
            double[] scores = new double[test.size()];
            boolean[] labels = new boolean[test.size()];
            for (int j = 0; j < test.size(); j++) {
                scores[j] = score.applyAsDouble(test.get(j));
                labels[j] = rows.get(test.get(j)).checkWorthy();
            }
            double ap = averagePrecision(scores, labels);
            if (!Double.isNaN(ap)) {
                sum += ap;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /**
     * Average precision of a ranking by descending score (ties keep the given order): the mean, over the
     * check-worthy items, of the precision at each one's rank. NaN when no item is check-worthy.
     */
    public static double averagePrecision(double[] scores, boolean[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        int hits = 0;
        double sum = 0;
        for (int rank = 0; rank < order.length; rank++) {
            if (labels[order[rank]]) {
                hits++;
                sum += (double) hits / (rank + 1);
            }
        }
        return hits == 0 ? Double.NaN : sum / hits;
    }

    /**
     * Platt scaling: {@code a, b} maximising the likelihood of {@code sigmoid(a * z + b)} on out-of-fold log-odds
     * {@code z}, with Platt's targets {@code (N+ + 1)/(N+ + 2)} and {@code 1/(N- + 2)} (J. Platt, "Probabilistic
     * outputs for support vector machines", 1999; Newton's method as in Lin, Lin and Weng, 2007).
     */
    public static WorthinessModel.Platt fitPlatt(double[] z, boolean[] labels) {
        int pos = 0;
        for (boolean l : labels) {
            pos += l ? 1 : 0;
        }
        int neg = labels.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] t = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            t[i] = labels[i] ? hi : lo;
        }
        double a = 0;
        double b = Math.log((neg + 1.0) / (pos + 1.0)) * -1;
        double f = plattLoss(z, t, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-12;
            double hbb = 1e-12;
            double hab = 0;
            for (int i = 0; i < z.length; i++) {
                double p = sigmoid(a * z[i] + b);
                double d = p - t[i];
                ga += d * z[i];
                gb += d;
                double w = p * (1 - p);
                haa += w * z[i] * z[i];
                hbb += w;
                hab += w * z[i];
            }
            if (Math.abs(ga) < 1e-6 && Math.abs(gb) < 1e-6) {
                break;
            }
            double det = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(haa * gb - hab * ga) / det;
            double step = 1;
            double gd = ga * da + gb * db;
            while (step >= 1e-10) { // backtracking line search (Armijo)
                double nf = plattLoss(z, t, a + step * da, b + step * db);
                if (nf < f + 1e-4 * step * gd) {
                    a += step * da;
                    b += step * db;
                    f = nf;
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) {
                break;
            }
        }
        return new WorthinessModel.Platt(a, b);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Cross-entropy of sigmoid(a z + b) against targets t, computed without overflow. */
    private static double plattLoss(double[] z, double[] t, double a, double b) {
        double f = 0;
        for (int i = 0; i < z.length; i++) {
            double x = a * z[i] + b;
            // -(t log p + (1-t) log(1-p)) with p = sigmoid(x) = log(1 + e^x) - t x
            f += (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))) - t[i] * x;
        }
        return f;
    }

    /** Languages present in the rows. */
    static Set<String> languages(List<LabelledText> rows) {
        return new TreeSet<>(rows.stream().map(LabelledText::language).toList());
    }
}
