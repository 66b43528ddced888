package io.transmute.processor.coercion;

import javax.lang.model.type.TypeMirror;

/**
 * A value that a nested conversion needs from its caller: an extra parameter, a factory result or a
 * source value outside the nested source, linked with {@code @Link(to = "writer.rating")}. It is
 * computed once in the converter method and passed down to the helper methods that use it.
 *
 * @param key identifies the value; two captures with the same key are the same value
 * @param name the preferred variable name
 * @param type the type of the value as computed by the caller
 */
public record Capture(Object key, String name, TypeMirror type) {
}
