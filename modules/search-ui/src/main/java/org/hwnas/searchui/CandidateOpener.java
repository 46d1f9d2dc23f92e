package org.hwnas.searchui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.hwnas.mappingui.api.MappingViews;
import org.hwnas.mappingui.api.TrialOrigin;
import org.hwnas.search.api.Trial;
import org.hwnas.searchui.model.CandidateDocuments;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * Opens a trial's candidate: writes its parts as documents in the study's result folder and opens them
 * through their DataObjects (whatever editor is registered), then the Network Mapping window for the
 * network on the accelerator (or with the network set, when the trial has no accelerator part).
 */
@Messages({
    "# {0} - trial", "# {1} - folder", "MSG_Written=Trial {0}: documents written to {1}",
    "# {0} - trial", "MSG_NothingToOpen=Trial {0}: the candidate has no network or accelerator to open"
})
final class CandidateOpener {
    private static final Logger LOG = Logger.getLogger(CandidateOpener.class.getName());
    private static final RequestProcessor RP = new RequestProcessor("hwnas-open-candidate", 1); // NOI18N

    private CandidateOpener() {
    }

    static void open(File studyFile, String studyName, Trial t) {
        open(studyFile, studyName, t, null);
    }

    /** @param origin how the trial's cost figures were made (the mapping window maps the same way), or null */
    static void open(File studyFile, String studyName, Trial t, TrialOrigin origin) {
        Path folder = SearchOptions.resultFolder(studyFile.toPath(), studyName);
        RP.post(() -> {
            CandidateDocuments d;
            try {
                d = CandidateDocuments.write(t, folder);
            } catch (IOException | RuntimeException e) {
                SwingUtilities.invokeLater(() -> StatusDisplayer.getDefault().setStatusText("trial " + t.number() + ": " + e.getMessage())); // NOI18N
                return;
            }
            LOG.log(Level.INFO, "hwnas.search opening trial {0} of {1}: network {2}, accelerator {3}", // NOI18N
                    new Object[] {t.number(), studyName, d.network(), d.accelerator()});
            SwingUtilities.invokeLater(() -> show(t, folder, d, origin));
        });
    }

    private static void show(Trial t, Path folder, CandidateDocuments d, TrialOrigin origin) {
        if (d.isEmpty()) {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_NothingToOpen(t.number()));
            return;
        }
        StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Written(t.number(), folder));
        try {
            if (d.network() != null) {
                MappingViews.openDocument(d.network().toFile());
            }
            if (d.accelerator() != null) {
                MappingViews.openDocument(d.accelerator().toFile());
            }
        } catch (IOException e) {
            StatusDisplayer.getDefault().setStatusText(e.getMessage());
        }
        if (d.network() != null && d.accelerator() != null && origin != null) {
            MappingViews.openTrial(d.network().toFile(), d.accelerator().toFile(), origin);
        } else if (d.network() != null) {
            MappingViews.openNetwork(d.network().toFile(), d.accelerator() == null ? null : d.accelerator().toFile());
        }
    }
}
