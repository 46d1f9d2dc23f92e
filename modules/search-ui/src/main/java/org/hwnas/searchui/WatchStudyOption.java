package org.hwnas.searchui;

import java.io.File;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.hwnas.searchui.model.TrialStoreReader;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Env;
import org.netbeans.spi.sendopts.Option;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code hwnas --watch-study STUDY.hwsearch.json URL [NAME]}: opens the console of a study that workers
 * run in a shared store ({@code postgresql://host/db}), registered as NAME (default: the document's
 * study name); in the running application when there is one. The store is read once first, so a wrong
 * URL, password or name is one line on the caller's console (exit code 2), not an empty window.
 */
@ServiceProvider(service = OptionProcessor.class)
@Messages("OPT_WatchStudy=--watch-study STUDY.hwsearch.json URL [NAME]  watch a study in a shared store (postgresql://host/db)")
public final class WatchStudyOption extends OptionProcessor {
    private static final Option WATCH_STUDY = Option.shortDescription(
            Option.additionalArguments(Option.NO_SHORT_NAME, "watch-study"), // NOI18N
            "org.hwnas.searchui.Bundle", "OPT_WatchStudy"); // NOI18N

    @Override
    protected Set<Option> getOptions() {
        return Collections.singleton(WATCH_STUDY);
    }

    @Override
    protected void process(Env env, Map<Option, String[]> values) throws CommandException {
        String[] args = values.get(WATCH_STUDY);
        if (args.length < 2 || args.length > 3) {
            throw new CommandException(2, "hwnas --watch-study: give STUDY.hwsearch.json, the storage URL and optionally the registered study name"); // NOI18N
        }
        File f = new File(args[0]);
        if (!f.isAbsolute()) {
            f = new File(env.getCurrentDirectory(), args[0]);
        }
        String name = args.length == 3 ? args[2] : null;
        try {
            Study study = StudyReader.read(f.toPath());
            TrialStoreReader.read(study, args[1], name);
        } catch (DocumentException e) {
            throw new CommandException(2, "hwnas --watch-study: " + e.problems().get(0)); // NOI18N
        } catch (StoreException e) {
            throw new CommandException(2, "hwnas --watch-study: " + e.getMessage()); // NOI18N
        }
        SearchConsoleTopComponent.openFor(f, args[1], name);
    }
}
