package io.transmute.processor.analysis;

import io.transmute.processor.model.ConverterMethod;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * Where a model conversion is being planned: the converter method itself ({@code top}) or a nested
 * helper.
 *
 * @param parametersByName whether extra parameters fill destination properties of the same name:
 *     in the method's own destination, or in each element of a container it returns
 * @param rootPath the source path, from the method's source, that this conversion's source was
 *     read from (element-wise inside containers); empty when the source is not a source path, for
 *     instance an extra parameter
 * @param sourceLabel names the source in messages ({@code Book.author})
 * @param destinationLabel names the destination in messages ({@code BookDto.writer})
 * @param runtimeSourceLabel names the source in run-time messages; a helper serves every path that
 *     converts its types, so it names the types ({@code Author})
 * @param runtimeDestinationLabel likewise for the destination ({@code WriterDto})
 * @param pathPrefix the destination path of this conversion as links write it ({@code "writer."}),
 *     empty in the method itself
 */
record Scope(ConverterMethod method, boolean top, boolean parametersByName, TypeMirror sourceType, Optional<List<String>> rootPath,
        String sourceLabel, String destinationLabel, String runtimeSourceLabel, String runtimeDestinationLabel,
        String pathPrefix, LinkTree tree) {

    /** Whether this is an @Into method's update of its target: unlinked properties keep their values. */
    boolean updating() {
        return top && method.into().isPresent();
    }

    /** The part of {@code path} below this scope's source, when the path runs through it. */
    Optional<List<String>> relative(List<String> path) {
        if (rootPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> root = rootPath.get();
        if (path.size() > root.size() && path.subList(0, root.size()).equals(root)) {
            return Optional.of(path.subList(root.size(), path.size()));
        }
        return Optional.empty();
    }
}
