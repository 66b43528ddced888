package io.transmute.tests.regressions.shadow;

/** A type of this package named like java.lang.Character: inside this package, Character means this. */
public final class Character {
    private Character() {
    }
}
