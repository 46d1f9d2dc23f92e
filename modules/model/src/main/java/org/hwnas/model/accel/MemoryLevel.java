package org.hwnas.model.accel;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hwnas.model.workload.Tensor;

/**
 * One level of an accelerator's memory hierarchy (per instance).
 *
 * @param name              unique name, e.g. {@code shared_glb}
 * @param memoryClass       technology class (selects the energy-table row when energies are not given)
 * @param capacity          size of one instance
 * @param wordBits          bits per word (data width)
 * @param blockWords        words moved by one access (vector width / word width); energies are per block
 * @param readBandwidth     words per cycle per instance; {@code +Infinity} when unconstrained
 * @param writeBandwidth    words per cycle per instance; {@code +Infinity} when unconstrained
 * @param sharedBandwidth   read+write words per cycle for a single-ported level; {@code +Infinity} if none
 * @param sharing           per-PE, global or an explicit instance count
 * @param keeps             tensors this level can hold; the others bypass it
 * @param multipleBuffering 1 = single buffer, 2 = double buffering (halves usable capacity)
 * @param energy            energy per block access (resolved from the energy table when not explicit)
 * @param energyExplicit    true when the document gave the energies (so they are written back)
 */
public record MemoryLevel(String name, MemoryClass memoryClass, Capacity capacity, int wordBits, int blockWords,
                          double readBandwidth, double writeBandwidth, double sharedBandwidth, Sharing sharing,
                          Set<Tensor> keeps, int multipleBuffering, AccessEnergy energy, boolean energyExplicit) {

    public MemoryLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(memoryClass, "memoryClass");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(energy, "energy");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a memory level needs a name");
        }
        if (wordBits <= 0 || blockWords <= 0 || multipleBuffering <= 0) {
            throw new IllegalArgumentException(name + ": word bits, block words and multiple buffering must be > 0");
        }
        if (!(readBandwidth > 0) || !(writeBandwidth > 0) || !(sharedBandwidth > 0)) {
            throw new IllegalArgumentException(name + ": bandwidths must be > 0 (use +Infinity for unconstrained)");
        }
        keeps = keeps.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Tensor.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(keeps));
    }

    /** Capacity of one instance in words ({@link Long#MAX_VALUE} when unbounded). */
    public long capacityWords() {
        return capacity.words(wordBits);
    }

    /** Words available to tiles once multiple buffering is accounted for. */
    public long usableWords() {
        long w = capacityWords();
        return w == Long.MAX_VALUE ? w : w / multipleBuffering;
    }

    public boolean keeps(Tensor t) {
        return keeps.contains(t);
    }

    /** Energy per word (block energy divided by block size), as Timeloop reports "pJ per scalar access". */
    public double readPjPerWord() {
        return energy.readPj() / blockWords;
    }

    public double writePjPerWord() {
        return energy.writePj() / blockWords;
    }

    public double updatePjPerWord() {
        return energy.updatePj() / blockWords;
    }

    /** A copy with other energies (e.g. resolved from a table). */
    public MemoryLevel withEnergy(AccessEnergy e, boolean explicit) {
        return new MemoryLevel(name, memoryClass, capacity, wordBits, blockWords, readBandwidth, writeBandwidth,
                sharedBandwidth, sharing, keeps, multipleBuffering, e, explicit);
    }

    /** Starts a level with unconstrained bandwidth, single buffering, block of one word and zero energy. */
    public static Builder builder(String name, MemoryClass memoryClass) {
        return new Builder(name, memoryClass);
    }

    /** Fluent construction for tests and programmatic designs. */
    public static final class Builder {
        private final String name;
        private final MemoryClass memoryClass;
        private Capacity capacity = Capacity.UNBOUNDED;
        private int wordBits = 16;
        private int blockWords = 1;
        private double readBw = Double.POSITIVE_INFINITY;
        private double writeBw = Double.POSITIVE_INFINITY;
        private double sharedBw = Double.POSITIVE_INFINITY;
        private Sharing sharing = Sharing.GLOBAL;
        private Set<Tensor> keeps = EnumSet.allOf(Tensor.class);
        private int multipleBuffering = 1;
        private AccessEnergy energy = AccessEnergy.ZERO;
        private boolean energyExplicit = true;

        private Builder(String name, MemoryClass memoryClass) {
            this.name = name;
            this.memoryClass = memoryClass;
        }

        public Builder capacityWords(long words) {
            this.capacity = Capacity.words(words);
            return this;
        }

        public Builder capacity(Capacity c) {
            this.capacity = c;
            return this;
        }

        public Builder wordBits(int bits) {
            this.wordBits = bits;
            return this;
        }

        public Builder blockWords(int words) {
            this.blockWords = words;
            return this;
        }

        public Builder bandwidth(double read, double write) {
            this.readBw = read;
            this.writeBw = write;
            return this;
        }

        public Builder sharedBandwidth(double bw) {
            this.sharedBw = bw;
            return this;
        }

        public Builder sharing(Sharing s) {
            this.sharing = s;
            return this;
        }

        public Builder perPe() {
            return sharing(Sharing.PER_PE);
        }

        public Builder keeps(Tensor... tensors) {
            this.keeps = tensors.length == 0 ? EnumSet.noneOf(Tensor.class) : EnumSet.of(tensors[0], tensors);
            return this;
        }

        public Builder multipleBuffering(int n) {
            this.multipleBuffering = n;
            return this;
        }

        public Builder energy(double read, double write, double update, double leak) {
            this.energy = new AccessEnergy(read, write, update, leak);
            this.energyExplicit = true;
            return this;
        }

        public MemoryLevel build() {
            return new MemoryLevel(name, memoryClass, capacity, wordBits, blockWords, readBw, writeBw, sharedBw,
                    sharing, keeps, multipleBuffering, energy, energyExplicit);
        }
    }
}
