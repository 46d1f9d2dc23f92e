package org.hwnas.cli.naas;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.hwnas.cli.ExitCodes;
import org.hwnas.cli.TextTable;
import org.hwnas.cost.api.CostException;
import org.hwnas.mapper.MapperOptions;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.naas.CmaesMappingSearch;
import org.hwnas.naas.MapperMappingSearch;
import org.hwnas.naas.MappingSearch;
import org.hwnas.naas.NaasSearch;
import org.hwnas.naas.NetworkAccuracy;
import org.hwnas.naas.NetworkCoSearch;
import org.hwnas.search.space.mbv2.MbNetSpace;

/** {@code hwnas naas --search-network}: network + accelerator + mapping, against MobileNetV2 on the base design. */
final class NetworkSearchRun {

    private NetworkSearchRun() {
    }

    static int run(PrintWriter o, Accelerator base, NaasOptions opt, int rounds, int children, String accuracyId, double minTop1,
                   boolean quiet, Path out) throws CostException, IOException {
        NetworkAccuracy acc = NetworkAccuracy.resolve(accuracyId);
        // the MACs stand-in speaks top-1 %; an estimator's score (synflow ~1e38) is not a percentage
        boolean percent = acc.id().equals(NetworkAccuracy.MACS_PROXY);
        DoubleFunction<String> score = v -> String.format(Locale.ROOT, percent ? "%.2f" : "%.4g", v);
        MappingSearch inner = opt.inner.equals("cmaes") ? new CmaesMappingSearch(opt.innerEvals, 0.3)
                : new MapperMappingSearch(MapperOptions.defaults().withBudget(opt.innerEvals, 10_000));
        MappingSearch fin = new MapperMappingSearch(MapperOptions.defaults().withBudget(opt.finalEvals, MapperOptions.defaults().timeLimitMillis()));
        NetworkCoSearch.Options no = new NetworkCoSearch.Options(new NaasSearch.Options(opt.hwEvals, 0, 0.3, opt.seed), inner, fin, rounds,
                children, 8, 3, minTop1);
        long start = System.nanoTime();
        NetworkCoSearch.Result r = NetworkCoSearch.run(base, MbNetSpace.defaults(), acc, no, new NetworkCoSearch.Progress() {
            @Override
            public void round(int round, String stage) {
                if (!quiet) {
                    o.printf(Locale.ROOT, "[%6.1fs] round %d: %s%n", (System.nanoTime() - start) / 1e9, round, stage);
                    o.flush();
                }
            }

            @Override
            public void child(int round, int i, NetworkCoSearch.Candidate c, NetworkCoSearch.Candidate best) {
                if (!quiet && i % 8 == 0) {
                    o.printf(Locale.ROOT, "[%6.1fs] round %d child %d: accuracy %s EDP %.4g; best %s accuracy %s EDP %.4g%n",
                            (System.nanoTime() - start) / 1e9, round, i, score.apply(c.top1()), c.cost().edp(), best.arch().text(),
                            score.apply(best.top1()), best.cost().edp());
                    o.flush();
                }
            }
        });
        o.printf(Locale.ROOT, "accuracy: %s%s; floor %s%n", r.accuracy(),
                percent ? " (a MACs-based stand-in for top-1 %, not a trained predictor)" : " (an estimator's score, not a percentage)",
                score.apply(r.minTop1()));
        TextTable t = new TextTable("", "network", percent ? "top-1 %" : "score", "MACs", "design", "EDP J*cycles").numeric(2, 3, 5);
        t.row("reference", r.reference().arch().text(), score.apply(r.reference().top1()),
                TextTable.thousands(macs(r.reference())), base.name(), String.format(Locale.ROOT, "%.4g", r.reference().cost().edp()));
        t.row("co-searched", r.best().arch().text(), score.apply(r.best().top1()), TextTable.thousands(macs(r.best())),
                r.design().accelerator().name(), String.format(Locale.ROOT, "%.4g", r.best().cost().edp()));
        t.print(o);
        o.printf(Locale.ROOT, "EDP ratio reference / co-searched = %.2f, accuracy %s -> %s (%d networks evaluated, %.1f s)%n",
                r.reference().cost().edp() / r.best().cost().edp(), score.apply(r.reference().top1()), score.apply(r.best().top1()),
                r.networksEvaluated(), r.seconds());
        if (out != null) {
            Files.createDirectories(out);
            Path accel = out.resolve(r.design().accelerator().name() + ".hwacc.json");
            AcceleratorDocument.write(r.design().accelerator(), accel);
            Path net = out.resolve("naas-network.hwnet.json");
            NetworkDocument.write(r.best().arch().network(), net);
            o.println("wrote " + accel + " and " + net);
        }
        o.flush();
        return ExitCodes.OK;
    }

    private static long macs(NetworkCoSearch.Candidate c) {
        return c.cost().layers().isEmpty() ? 0 : org.hwnas.model.network.NetworkAnalysis.of(c.arch().network()).totalMacs();
    }
}
