package io.transmute.processor.model.property;

import javax.lang.model.type.TypeMirror;

/**
 * A property of a destination model and how it is written: as a constructor argument, through a
 * setter, or into a public field.
 */
public record DestinationProperty(String name, TypeMirror type, Write write, String writer) {

    public enum Write { CONSTRUCTOR, SETTER, FIELD }

    public boolean isConstructorArgument() {
        return write == Write.CONSTRUCTOR;
    }
}
