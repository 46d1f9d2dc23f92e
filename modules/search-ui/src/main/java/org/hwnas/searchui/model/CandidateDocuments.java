package org.hwnas.searchui.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hwnas.arch.AcceleratorCandidate;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.io.NetworkDocument;
import org.hwnas.model.network.zoo.Nb201;
import org.hwnas.search.api.Trial;

/**
 * Writes a trial's candidate as workbench documents in the study's result folder, so the IDE opens them
 * with whatever editor is registered: {@code trial-N.hwnet.json} for the network part (NB201 cells become
 * the benchmark's network), {@code trial-N.hwacc.json} for the accelerator part.
 *
 * @param network     the written network document, or null when the candidate has no network part
 * @param accelerator the written accelerator document, or null when it has no accelerator part
 */
public record CandidateDocuments(Path network, Path accelerator) {

    /** The default result folder: {@code <study folder>/<study name>-results}. */
    public static Path defaultFolder(Path studyFile, String studyName) {
        return studyFile.toAbsolutePath().resolveSibling(studyName + "-results");
    }

    public static CandidateDocuments write(Trial t, Path folder) throws IOException {
        Files.createDirectories(folder);
        String base = "trial-" + t.number();
        Path net = null;
        Path acc = null;
        Optional<Network> network = network(t.candidate());
        if (network.isPresent()) {
            net = folder.resolve(base + ".hwnet.json");
            NetworkDocument.write(network.get(), net);
        }
        Optional<AcceleratorCandidate> hw = JointArchitecture.find(t.candidate(), AcceleratorCandidate.class);
        if (hw.isPresent()) {
            Accelerator a = hw.get().accelerator();
            acc = folder.resolve(base + ".hwacc.json");
            AcceleratorDocument.write(a, acc);
        }
        return new CandidateDocuments(net, acc);
    }

    static Optional<Network> network(Architecture a) {
        Optional<NetworkCandidate> n = JointArchitecture.find(a, NetworkCandidate.class);
        if (n.isPresent()) {
            return Optional.of(n.get().network());
        }
        return JointArchitecture.find(a, Nb201Cell.class).map(c -> Nb201.network(c.text()));
    }

    public boolean isEmpty() {
        return network == null && accelerator == null;
    }
}
