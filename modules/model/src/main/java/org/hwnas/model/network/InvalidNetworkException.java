package org.hwnas.model.network;

import java.util.List;
import java.util.stream.Collectors;

/** A network whose structure or shapes do not work out; lists every problem found, one per line. */
public final class InvalidNetworkException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<NetworkProblem> problems;

    public InvalidNetworkException(String network, List<NetworkProblem> problems) {
        super("network '" + network + "' is invalid:" + System.lineSeparator()
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<NetworkProblem> problems() {
        return problems;
    }
}
