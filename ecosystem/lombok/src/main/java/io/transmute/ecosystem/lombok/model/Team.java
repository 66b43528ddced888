package io.transmute.ecosystem.lombok.model;

import java.util.List;
import lombok.Builder;
import lombok.Singular;
import lombok.Value;

/**
 * {@code @Singular} gives the builder {@code members(Collection)} and also {@code member(String)},
 * which MapStruct's rules count as a setter of a property {@code member}.
 */
@Value
@Builder
public class Team {
    String name;
    @Singular
    List<String> members;
}
