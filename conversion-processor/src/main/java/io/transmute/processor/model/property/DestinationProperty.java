package io.transmute.processor.model.property;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * A property of a destination model and how it is written: as a constructor argument, through a
 * setter, into a public field, through a setter of the model's builder, or, for a collection or map
 * with a getter and no setter (as JPA entities often have), added to the collection the getter
 * returns.
 */
public record DestinationProperty(String name, TypeMirror type, Write write, String writer,
        List<TypeMirror> overloads) {

    public enum Write { CONSTRUCTOR, SETTER, FIELD, ADD_ALL, BUILDER }

    public DestinationProperty(String name, TypeMirror type, Write write, String writer) {
        this(name, type, write, writer, List.of());
    }

    /**
     * @param overloads the parameter types of the writer's other overloads, beside {@code type}
     *     (a builder's {@code subtitle(String)} beside {@code subtitle(Optional<? extends String>)})
     */
    public DestinationProperty {
        overloads = List.copyOf(overloads);
    }

    /** The same property, given values of {@code type}, which the writer accepts as they are. */
    public DestinationProperty withType(TypeMirror type) {
        return new DestinationProperty(name, type, write, writer, overloads);
    }

    /** The same property written through the writer's overload taking {@code overload}. */
    public DestinationProperty through(TypeMirror overload) {
        List<TypeMirror> others = new ArrayList<>(overloads);
        others.remove(overload);
        others.add(type);
        return new DestinationProperty(name, overload, write, writer, others);
    }

    public boolean isConstructorArgument() {
        return write == Write.CONSTRUCTOR;
    }
}
