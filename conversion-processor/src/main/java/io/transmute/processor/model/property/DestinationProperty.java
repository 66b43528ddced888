package io.transmute.processor.model.property;

import javax.lang.model.type.TypeMirror;

/**
 * A property of a destination model and how it is written: as a constructor argument, through a
 * setter, into a public field, through a setter of the model's builder, or, for a collection or map
 * with a getter and no setter (as JPA entities often have), added to the collection the getter
 * returns.
 */
public record DestinationProperty(String name, TypeMirror type, Write write, String writer) {

    public enum Write { CONSTRUCTOR, SETTER, FIELD, ADD_ALL, BUILDER }

    public boolean isConstructorArgument() {
        return write == Write.CONSTRUCTOR;
    }
}
