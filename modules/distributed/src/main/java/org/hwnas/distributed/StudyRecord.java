package org.hwnas.distributed;

import java.nio.file.Path;

/**
 * A study registered in a shared store: its document (so a worker needs nothing but the URL and the
 * name), its identity and the failure-handling settings.
 *
 * @param documentPath where the document was registered from; relative file names in it (an
 *                     accelerator {@code base}) resolve against this path on every worker
 * @param fingerprint  the study's identity as JSON text (see {@code Study.fingerprint()})
 * @param state        {@code running}, or {@code exhausted} once the engine proposed nothing more
 */
public record StudyRecord(int id, String name, Path documentPath, String document, String fingerprint,
                          int budgetTrials, int batch, StudySettings settings, String state) {

    public boolean exhausted() {
        return "exhausted".equals(state);
    }
}
