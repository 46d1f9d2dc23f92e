package org.hwnas.cli.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.hwnas.distributed.PgLocation;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.distributed.StudyRecord;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.Problem;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Fingerprints;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;

/** What the study, worker and search commands share: opening the store, reading study documents. */
final class Storage {
    private Storage() {
    }

    /** Parses {@code url} (credentials from it, PGUSER/PGPASSWORD or ~/.pgpass) and connects. */
    static PgTrialStore open(String url, String application, boolean create) throws StoreException {
        return PgTrialStore.open(PgLocation.parse(url, System.getenv()), application, create);
    }

    /** A study document and its text (stored with the study), or null after printing its problems. */
    record Document(Study study, String text) {
    }

    static Document read(Path file, PrintWriter err) {
        try {
            String text = Files.readString(file);
            return new Document(StudyReader.parse(file, text), text);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
        } catch (DocumentException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
        }
        err.flush();
        return null;
    }

    /**
     * The registered study rebuilt from the document kept in the store. Its file references resolve
     * against the path it was registered from, so they must exist there on this machine too.
     */
    static Study rebuild(StudyRecord record) throws StoreException {
        Study study;
        try {
            study = StudyReader.parse(record.documentPath(), record.document());
        } catch (DocumentException e) {
            Problem p = e.problems().isEmpty() ? null : e.problems().get(0);
            throw new StoreException("study '" + record.name() + "' cannot be built on this machine: "
                    + (p == null ? e.getMessage() : p.toString()) + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
        }
        java.util.List<String> changes;
        try {
            changes = Fingerprints.diff(new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.fingerprint()), study.fingerprint());
        } catch (IOException e) {
            throw new StoreException("study '" + record.name() + "': stored fingerprint is not JSON");
        }
        if (!changes.isEmpty()) {
            throw new StoreException("study '" + record.name() + "' reads differently with this hwnas build (different engine"
                    + " defaults or services?): " + String.join("; ", changes));
        }
        return study;
    }
}
