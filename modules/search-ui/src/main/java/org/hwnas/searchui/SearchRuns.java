package org.hwnas.searchui;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.hwnas.searchui.model.StudyJob;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.IOProvider;
import org.openide.windows.InputOutput;
import org.openide.windows.OutputWriter;

/**
 * The studies running in this IDE, one at a time per study file: each on a background RequestProcessor
 * with a cancellable ProgressHandle (trials done / budget) and an Output tab with the log. Cancelling
 * stops after the batch in flight; every finished trial is already in the study's store, so Resume (here
 * or {@code hwnas search --resume}) continues, also after the IDE was closed.
 */
@Messages({
    "# {0} - study", "LBL_SearchProgress=Search {0}",
    "# {0} - study", "LBL_SearchOutput=Search {0}",
    "# {0} - study", "MSG_AlreadyRunning=Study {0} is already running",
    "# {0} - study", "MSG_NotRunning=Study {0} is not running in this IDE",
    "# {0} - study", "MSG_Stopping=Stopping {0} after the trials in flight...",
    "# {0} - file", "ERR_Invalid={0} is not a valid study:",
    "# {0} - reason", "ERR_Run=Search failed: {0}"
})
public final class SearchRuns {
    private static final Logger LOG = Logger.getLogger(SearchRuns.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("hwnas-search", 4, true); // NOI18N
    private static final Map<Path, StudyJob> RUNNING = new ConcurrentHashMap<>();

    private SearchRuns() {
    }

    public static boolean running(File study) {
        return RUNNING.containsKey(key(study));
    }

    private static Path key(File f) {
        return f.toPath().toAbsolutePath().normalize();
    }

    /** Starts (or resumes) a study in the background and opens its console. */
    public static void start(File studyFile, boolean resume) {
        Path key = key(studyFile);
        String label = studyFile.getName().replace(SearchDataObject.SUFFIX, "");
        if (RUNNING.containsKey(key)) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_AlreadyRunning(label));
            return;
        }
        InputOutput io = IOProvider.getDefault().getIO(Bundle.LBL_SearchOutput(label), false);
        io.select();
        SearchConsoleTopComponent.openFor(studyFile);
        RP.post(() -> run(studyFile, key, label, resume, io));
    }

    private static void run(File studyFile, Path key, String label, boolean resume, InputOutput io) {
        OutputWriter out = io.getOut();
        OutputWriter err = io.getErr();
        Study study;
        try {
            study = StudyReader.read(studyFile.toPath());
        } catch (DocumentException e) {
            err.println(Bundle.ERR_Invalid(studyFile));
            e.problems().forEach(p -> err.println("  " + p));
            err.close();
            out.close();
            return;
        }
        int workers = SearchOptions.workers();
        if (workers > 0) {
            study = study.withWorkers(workers);
        }
        SearchOptions.publishDevice(); // as stored in Options (also done at start-up and on change)
        ProgressHandle[] ph = new ProgressHandle[1];
        String[] engineState = {""};
        StudyJob job = new StudyJob(study, resume, new StudyJob.Sink() {
            @Override
            public void log(String line) {
                out.println(line);
            }

            @Override
            public void progress(int done, int budget) {
                ph[0].progress(done + " / " + budget + " trials", Math.min(done, budget)); // NOI18N
            }

            @Override
            public void engineState(int batch, org.hwnas.search.spi.EngineState state) {
                engineState[0] = "after batch " + batch + ": " + state.text(); // NOI18N
            }
        });
        if (RUNNING.putIfAbsent(key, job) != null) {
            out.println(Bundle.MSG_AlreadyRunning(label));
            out.close();
            return;
        }
        ph[0] = ProgressHandle.createHandle(Bundle.LBL_SearchProgress(study.name()), () -> {
            job.cancel();
            out.println(Bundle.MSG_Stopping(label));
            return true;
        });
        ph[0].start(study.budget().trials());
        SearchConsoleTopComponent.runningChanged(studyFile, true);
        try {
            RunResult r = job.run();
            LOG.log(Level.INFO, "hwnas.search finished study {0}: {1} trials, stopped: {2} after {3} s", // NOI18N
                    new Object[] {study.name(), r.trials().size(), r.reason().name().toLowerCase(java.util.Locale.ROOT),
                        String.format(java.util.Locale.ROOT, "%.1f", r.elapsedMs() / 1000.0)}); // NOI18N
            LOG.log(Level.INFO, "hwnas.search engine state of study {0} {1}", new Object[] {study.name(), engineState[0]}); // NOI18N
        } catch (StoreException | ResumeException e) {
            err.println(Bundle.ERR_Run(e.getMessage()));
            StatusDisplayer.getDefault().setStatusText(Bundle.ERR_Run(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(Bundle.ERR_Run("interrupted")); // NOI18N
        } catch (RuntimeException e) {
            err.println(Bundle.ERR_Run(String.valueOf(e.getMessage())));
            LOG.log(Level.FINE, "search run failed", e); // NOI18N
        } finally {
            RUNNING.remove(key);
            ph[0].finish();
            out.close();
            err.close();
            SearchConsoleTopComponent.runningChanged(studyFile, false);
        }
    }

    /** Asks a running study to stop after the batch in flight. */
    public static void stop(File studyFile) {
        StudyJob job = RUNNING.get(key(studyFile));
        String label = studyFile.getName().replace(SearchDataObject.SUFFIX, "");
        if (job == null) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NotRunning(label));
            return;
        }
        job.cancel();
        StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Stopping(label));
    }

    /** Stops every run (application exit): finished trials are stored, Resume continues later. */
    static void stopAll() {
        RUNNING.values().forEach(StudyJob::cancel);
    }
}
