package org.hwnas.model.doc;

import java.util.List;
import java.util.stream.Collectors;

/** A document could not be read or is invalid; carries every problem found, each on one line. */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DocumentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DocumentException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public DocumentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
