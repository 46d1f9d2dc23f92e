package org.hwnas.arch;

import org.hwnas.model.network.Network;

/**
 * A candidate that decodes to a concrete {@link Network}, so measures can count its MACs and
 * parameters or map its layers onto an accelerator without knowing its family.
 */
public interface NetworkCandidate extends Architecture {

    /** The network this candidate stands for (built on each call; callers that need it often keep it). */
    Network network();
}
