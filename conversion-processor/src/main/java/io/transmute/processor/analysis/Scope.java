package io.transmute.processor.analysis;

import io.transmute.processor.model.ConverterMethod;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * @param role whether the destination is created or updated, and what the caller fills itself
 */
record Scope(ConverterMethod method, boolean top, boolean parametersByName, TypeMirror sourceType, Optional<List<String>> rootPath,
        String sourceLabel, String destinationLabel, String runtimeSourceLabel, String runtimeDestinationLabel,
        String pathPrefix, LinkTree tree, Role role) {

    /**
     * @param updating whether an existing destination is updated in place (an @Into target, or a
     *     child entity matched by id): unlinked properties keep their values
     * @param leftToCaller properties the caller fills (a child's id and back reference, when
     *     children are merged), which are not linked here
     */
    record Role(boolean updating, Set<String> leftToCaller) {
        static final Role CREATE = new Role(false, Set.of());

        String signature() {
            return (updating ? "update" : "create") + " " + new TreeSet<>(leftToCaller);
        }
    }

    boolean updating() {
        return role.updating();
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
