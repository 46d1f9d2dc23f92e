package org.hwnas.search.space;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.JointArchitecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.search.spi.SearchSpace;

/**
 * Several spaces searched together (network x accelerator): a candidate is a {@link JointArchitecture}
 * with one point per space, in order. Encodings concatenate the parts' genes, so engines that work on
 * gene vectors need no change. Mutation changes one part (chosen uniformly among parts with more than
 * one member); crossover crosses every part.
 */
public final class ProductSpace implements SearchSpace {
    private final List<SearchSpace> parts;
    private final int[] offsets;
    private final int[] mutable;

    public ProductSpace(List<SearchSpace> parts) {
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a product of spaces needs at least two, got " + parts.size());
        }
        this.parts = List.copyOf(parts);
        this.offsets = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            offsets[i + 1] = offsets[i] + parts.get(i).dimensions();
        }
        this.mutable = java.util.stream.IntStream.range(0, parts.size())
                .filter(i -> parts.get(i).size().compareTo(BigInteger.ONE) > 0).toArray();
    }

    public List<SearchSpace> parts() {
        return parts;
    }

    /** The parts' inputs, by position; null when no part reads a file. */
    @Override
    public com.fasterxml.jackson.databind.JsonNode inputs() {
        com.fasterxml.jackson.databind.node.ArrayNode a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        boolean any = false;
        for (SearchSpace s : parts) {
            com.fasterxml.jackson.databind.JsonNode n = s.inputs();
            any |= n != null;
            a.add(n == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : n);
        }
        return any ? a : null;
    }

    @Override
    public String id() {
        return parts.stream().map(SearchSpace::id).collect(Collectors.joining("+"));
    }

    @Override
    public String family() {
        return parts.stream().map(SearchSpace::family).collect(Collectors.joining("+"));
    }

    @Override
    public BigInteger size() {
        BigInteger n = BigInteger.ONE;
        for (SearchSpace s : parts) {
            n = n.multiply(s.size());
        }
        return n;
    }

    @Override
    public Architecture sample(Random rng) {
        List<Architecture> out = new ArrayList<>(parts.size());
        for (SearchSpace s : parts) {
            out.add(s.sample(rng));
        }
        return new JointArchitecture(out);
    }

    @Override
    public Architecture mutate(Architecture a, Random rng) {
        JointArchitecture j = joint(a);
        if (mutable.length == 0) {
            return j;
        }
        int i = mutable[rng.nextInt(mutable.length)];
        List<Architecture> out = new ArrayList<>(j.parts());
        out.set(i, parts.get(i).mutate(j.part(i), rng));
        return new JointArchitecture(out);
    }

    @Override
    public Architecture crossover(Architecture a, Architecture b, Random rng) {
        JointArchitecture x = joint(a);
        JointArchitecture y = joint(b);
        List<Architecture> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(parts.get(i).crossover(x.part(i), y.part(i), rng));
        }
        return new JointArchitecture(out);
    }

    @Override
    public int dimensions() {
        return offsets[parts.size()];
    }

    @Override
    public int cardinality(int gene) {
        int i = partOf(gene);
        return parts.get(i).cardinality(gene - offsets[i]);
    }

    private int partOf(int gene) {
        if (gene < 0 || gene >= dimensions()) {
            throw new IndexOutOfBoundsException("gene " + gene + " of " + dimensions());
        }
        int i = 0;
        while (gene >= offsets[i + 1]) {
            i++;
        }
        return i;
    }

    @Override
    public int[] encode(Architecture a) {
        JointArchitecture j = joint(a);
        int[] g = new int[dimensions()];
        for (int i = 0; i < parts.size(); i++) {
            int[] p = parts.get(i).encode(j.part(i));
            System.arraycopy(p, 0, g, offsets[i], p.length);
        }
        return g;
    }

    @Override
    public Architecture decode(int[] genes) {
        if (genes.length != dimensions()) {
            throw new IllegalArgumentException(id() + ": an encoding has " + dimensions() + " genes, got " + genes.length);
        }
        List<Architecture> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(parts.get(i).decode(java.util.Arrays.copyOfRange(genes, offsets[i], offsets[i + 1])));
        }
        return new JointArchitecture(out);
    }

    @Override
    public Architecture canonical(Architecture a) {
        JointArchitecture j = joint(a);
        List<Architecture> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(parts.get(i).canonical(j.part(i)));
        }
        return new JointArchitecture(out);
    }

    /** Reads the parts' texts joined by {@code "; "}. */
    @Override
    public Architecture parse(String text) {
        String[] t = (text == null ? "" : text).split(";", -1);
        if (t.length != parts.size()) {
            throw new IllegalArgumentException("a joint candidate of " + id() + " has " + parts.size() + " parts separated by ';', got "
                    + t.length);
        }
        List<Architecture> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(parts.get(i).parse(t[i].strip()));
        }
        return new JointArchitecture(out);
    }

    private JointArchitecture joint(Architecture a) {
        if (a instanceof JointArchitecture j && j.parts().size() == parts.size()) {
            return j;
        }
        throw new UnsupportedArchitectureException("the " + id() + " space", a, family());
    }
}
