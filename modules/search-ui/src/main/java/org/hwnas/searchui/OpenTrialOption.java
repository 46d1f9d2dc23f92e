package org.hwnas.searchui;

import java.io.File;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.api.Trial;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.hwnas.searchui.model.StudySnapshot;
import org.hwnas.searchui.model.TrialOrigins;
import org.hwnas.searchui.model.TrialStoreReader;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Env;
import org.netbeans.spi.sendopts.Option;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code hwnas --open-trial STUDY.hwsearch.json [N]}: opens the study's console and trial N's candidate
 * (network, accelerator, network mapping), N defaulting to the first trial of the Pareto front; in the
 * running application when there is one (the launcher hands the arguments over). Used by the smoke test.
 */
@ServiceProvider(service = OptionProcessor.class)
@Messages("OPT_OpenTrial=--open-trial STUDY.hwsearch.json [N]  open trial N (default: first of the Pareto front) of a study")
public final class OpenTrialOption extends OptionProcessor {
    private static final Option OPEN_TRIAL = Option.shortDescription(
            Option.additionalArguments(Option.NO_SHORT_NAME, "open-trial"), // NOI18N
            "org.hwnas.searchui.Bundle", "OPT_OpenTrial"); // NOI18N

    @Override
    protected Set<Option> getOptions() {
        return Collections.singleton(OPEN_TRIAL);
    }

    @Override
    protected void process(Env env, Map<Option, String[]> values) throws CommandException {
        String[] args = values.get(OPEN_TRIAL);
        if (args.length < 1 || args.length > 2) {
            throw new CommandException(2, "hwnas --open-trial: give STUDY.hwsearch.json and optionally a trial number"); // NOI18N
        }
        File f = new File(args[0]);
        if (!f.isAbsolute()) {
            f = new File(env.getCurrentDirectory(), args[0]);
        }
        try {
            Study study = StudyReader.read(f.toPath());
            StudySnapshot s = TrialStoreReader.snapshot(study);
            Optional<Trial> t;
            if (args.length == 2) {
                int n;
                try {
                    n = Integer.parseInt(args[1]);
                } catch (NumberFormatException e) {
                    throw new CommandException(2, "hwnas --open-trial: trial number expected, got '" + args[1] + "'"); // NOI18N
                }
                t = s.trials().stream().filter(x -> x.number() == n).findFirst();
            } else {
                t = s.report().front().stream().findFirst();
            }
            if (t.isEmpty()) {
                throw new CommandException(2, "hwnas --open-trial: " + f.getName() + " has no such trial (" + s.done() + " stored)"); // NOI18N
            }
            SearchConsoleTopComponent.openFor(f);
            CandidateOpener.open(f, study.name(), t.get(), TrialOrigins.of(study, t.get()));
        } catch (DocumentException e) {
            throw new CommandException(2, "hwnas --open-trial: " + e.problems().get(0)); // NOI18N
        } catch (StoreException e) {
            throw new CommandException(2, "hwnas --open-trial: " + e.getMessage()); // NOI18N
        }
    }
}
