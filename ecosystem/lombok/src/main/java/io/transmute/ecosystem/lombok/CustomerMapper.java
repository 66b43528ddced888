package io.transmute.ecosystem.lombok;

import io.transmute.ecosystem.lombok.model.Customer;
import io.transmute.ecosystem.lombok.model.CustomerSummary;
import io.transmute.ecosystem.lombok.model.Team;
import io.transmute.ecosystem.lombok.model.TeamForm;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** MapStruct's mapper over the same Lombok models, compiled in the same javac run as Transmute's. */
@Mapper
public interface CustomerMapper {
    CustomerMapper INSTANCE = Mappers.getMapper(CustomerMapper.class);

    CustomerSummary toSummary(Customer customer);

    Customer toCustomer(CustomerSummary summary);

    List<CustomerSummary> toSummaries(List<Customer> customers);

    @Mapping(target = "member", ignore = true)
    Team toTeam(TeamForm form);
}
