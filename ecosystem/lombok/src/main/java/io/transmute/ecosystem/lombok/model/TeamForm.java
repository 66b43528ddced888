package io.transmute.ecosystem.lombok.model;

import java.util.List;
import lombok.Data;

@Data
public class TeamForm {
    private String name;
    private List<String> members;
}
