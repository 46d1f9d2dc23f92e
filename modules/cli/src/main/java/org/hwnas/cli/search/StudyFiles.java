package org.hwnas.cli.search;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.Problem;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;

/** Reads a study for a command, printing each document problem on its own line. */
final class StudyFiles {
    private StudyFiles() {
    }

    /** The study, or null after printing its problems to {@code err}. */
    static Study read(Path file, PrintWriter err) {
        try {
            return StudyReader.read(file);
        } catch (DocumentException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            err.flush();
            return null;
        }
    }
}
