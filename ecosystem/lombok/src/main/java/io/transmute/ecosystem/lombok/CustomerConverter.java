package io.transmute.ecosystem.lombok;

import io.transmute.Converter;
import io.transmute.ecosystem.lombok.model.Customer;
import io.transmute.ecosystem.lombok.model.CustomerForm;
import io.transmute.ecosystem.lombok.model.CustomerSummary;
import io.transmute.ecosystem.lombok.model.Team;
import io.transmute.ecosystem.lombok.model.TeamForm;
import java.util.List;

/** Transmute's converters over the Lombok models; {@link CustomerMapper} is MapStruct's twin. */
public interface CustomerConverter {

    /** {@code @Value @Builder} destination: only its builder is accessible from here. */
    @Converter
    CustomerSummary toSummary(Customer customer);

    /** {@code @Data} destination from a {@code @Value} source (getters, {@code isVip()}). */
    @Converter
    Customer toCustomer(CustomerSummary summary);

    @Converter
    List<CustomerSummary> toSummaries(List<Customer> customers);

    /** Through {@code CustomerForm.builder()}; the extra parameter fills {@code tags} by name. */
    @Converter
    CustomerForm toForm(Customer customer, List<String> tags);

    /** Through {@code new CustomerForm()} and its setters. */
    @Converter(builders = false)
    CustomerForm toFormWithSetters(Customer customer, List<String> tags);

    /** {@code member}, the builder's one-element {@code @Singular} method, is not a property to fill. */
    @Converter(allowUnlinked = "member")
    Team toTeam(TeamForm form);
}
