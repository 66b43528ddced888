package io.transmute.processor.coercion;

import io.transmute.processor.model.TypeTools;
import io.transmute.processor.model.UserMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the most specific of several applicable one-parameter methods, as Java's overload
 * resolution would: the one whose parameter (then return type) is a subtype of all the others'.
 */
final class MostSpecific {
    private MostSpecific() {
    }

    record Result<T>(Optional<T> best, List<T> tied) {
        boolean isAmbiguous() {
            return tied.size() > 1;
        }
    }

    static Result<UserMethod> of(List<UserMethod> candidates, TypeTools tools) {
        List<UserMethod> maximal = new ArrayList<>();
        for (UserMethod candidate : candidates) {
            boolean beatsAll = true;
            for (UserMethod other : candidates) {
                if (other != candidate && !atLeastAsSpecific(candidate, other, tools)) {
                    beatsAll = false;
                    break;
                }
            }
            if (beatsAll) {
                return new Result<>(Optional.of(candidate), List.of());
            }
            maximal.add(candidate);
        }
        return new Result<>(Optional.empty(), maximal.size() > 1 ? maximal : List.of());
    }

    private static boolean atLeastAsSpecific(UserMethod a, UserMethod b, TypeTools tools) {
        if (tools.isSame(a.parameterTypes().get(0), b.parameterTypes().get(0))) {
            return tools.isAssignable(a.returnType(), b.returnType())
                    && !tools.isSame(a.returnType(), b.returnType());
        }
        return tools.isAssignable(a.parameterTypes().get(0), b.parameterTypes().get(0));
    }
}
