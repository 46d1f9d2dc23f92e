package org.hwnas.model.accel;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of per-word access energies by memory class plus a MAC energy, used for levels that do not
 * give their own. Values are characterised at {@link #wordBits()}; a level with other word bits scales
 * linearly (energy per bit is what a table really captures).
 *
 * @param name        stable name used in documents ({@code "energy_table": "accelergy-65nm"})
 * @param description where the numbers come from
 * @param wordBits    the word size the per-word values were characterised at
 * @param macPj       energy of one MAC at the accelerator's precision
 * @param perWord     per-word read/write/update/leak energy for each memory class
 */
public record EnergyTable(String name, String description, int wordBits, double macPj,
                          Map<MemoryClass, AccessEnergy> perWord) {

    public EnergyTable {
        Objects.requireNonNull(name, "name");
        perWord = Map.copyOf(new EnumMap<>(perWord));
        for (MemoryClass c : MemoryClass.values()) {
            if (!perWord.containsKey(c)) {
                throw new IllegalArgumentException("energy table " + name + " lacks memory class " + c);
            }
        }
    }

    /** Energy of one block access for a level of this class, word size and block size. */
    public AccessEnergy blockEnergy(MemoryClass c, int levelWordBits, int blockWords) {
        return perWord.get(c).scaled((double) levelWordBits / wordBits * blockWords);
    }
}
