package org.hwnas.search.study;

/** When a study stops: after {@code trials} trials, or {@code seconds} of wall time (0 = no limit). */
public record Budget(int trials, double seconds) {
}
