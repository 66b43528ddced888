package io.transmute.ecosystem.lombok.model;

import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A bean with setters and a builder both: a converter chooses with {@code @Converter(builders = ...)}. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class CustomerForm {
    private String name;
    private String email;
    private List<String> tags;
}
