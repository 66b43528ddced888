package io.transmute.ecosystem.lombok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transmute.Converters;
import io.transmute.ecosystem.lombok.model.Address;
import io.transmute.ecosystem.lombok.model.AddressView;
import io.transmute.ecosystem.lombok.model.Customer;
import io.transmute.ecosystem.lombok.model.CustomerForm;
import io.transmute.ecosystem.lombok.model.CustomerSummary;
import io.transmute.ecosystem.lombok.model.Team;
import io.transmute.ecosystem.lombok.model.TeamForm;
import io.transmute.ecosystem.lombok.model.Tier;
import io.transmute.ecosystem.lombok.model.TierView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transmute and MapStruct, compiled together over Lombok models, give the same results. */
class LombokConvertersTest {
    private static final Path GENERATED = Path.of("target/generated-sources/annotations/io/transmute/ecosystem/lombok");

    private final CustomerConverter transmute = Converters.get(CustomerConverter.class);
    private final CustomerMapper mapStruct = CustomerMapper.INSTANCE;

    @Test
    void dataBeanBecomesValueBuiltThroughItsBuilder() {
        CustomerSummary summary = transmute.toSummary(ada());

        assertEquals(CustomerSummary.builder()
                .id(7L)
                .name("Ada")
                .email("ada@example.org")
                .vip(true)
                .address(new AddressView("1 Loop Road", "London", "UK"))
                .deliveryAddresses(List.of(new AddressView("2 Stack Street", "Leeds", "UK")))
                .tier(TierView.GOLD)
                .build(), summary);
    }

    @Test
    void valueBecomesDataBean() {
        Customer customer = transmute.toCustomer(transmute.toSummary(ada()));

        assertEquals(ada(), customer);
        assertTrue(customer.isVip());
    }

    @Test
    void transmuteAndMapStructAgree() {
        Customer ada = ada();
        Customer nobody = new Customer();

        assertEquals(mapStruct.toSummary(ada), transmute.toSummary(ada));
        assertEquals(mapStruct.toSummary(nobody), transmute.toSummary(nobody));
        assertEquals(mapStruct.toCustomer(mapStruct.toSummary(ada)), transmute.toCustomer(transmute.toSummary(ada)));
        assertEquals(mapStruct.toSummaries(List.of(ada, nobody)), transmute.toSummaries(List.of(ada, nobody)));
    }

    @Test
    void nullsStayNull() {
        CustomerSummary summary = transmute.toSummary(new Customer());

        assertNull(summary.getName());
        assertNull(summary.getAddress());
        assertNull(summary.getDeliveryAddresses());
        assertNull(transmute.toSummary(null));
    }

    @Test
    void listsAreCopied() {
        Customer ada = ada();
        Customer copy = transmute.toCustomer(transmute.toSummary(ada));

        assertNotSame(ada.getDeliveryAddresses(), copy.getDeliveryAddresses());
    }

    @Test
    void builderOrSettersAsTheConverterSays() throws IOException {
        List<String> tags = List.of("early", "curious");

        CustomerForm built = transmute.toForm(ada(), tags);
        CustomerForm set = transmute.toFormWithSetters(ada(), tags);

        CustomerForm expected = new CustomerForm("Ada", "ada@example.org", tags);
        assertEquals(expected, built);
        assertEquals(expected, set);
        String implementation = Files.readString(GENERATED.resolve("CustomerConverterImpl.java"), StandardCharsets.UTF_8);
        assertTrue(implementation.contains("CustomerForm.builder()"), implementation);
        assertTrue(implementation.contains("new CustomerForm()"), implementation);
    }

    @Test
    void singularCollectionThroughTheBuilder() {
        TeamForm form = new TeamForm();
        form.setName("Engines");
        form.setMembers(List.of("Ada", "Charles"));

        Team team = transmute.toTeam(form);

        assertEquals(Team.builder().name("Engines").member("Ada").member("Charles").build(), team);
        // Lombok's build() makes @Singular lists unmodifiable: the builder made this team.
        assertThrows(UnsupportedOperationException.class, () -> team.getMembers().add("Grace"));
    }

    @Test
    void nullSingularCollectionGivesAnEmptyOne() {
        TeamForm form = new TeamForm();
        form.setName("Nobody yet");

        // Lombok's members(null) throws: the converter must not call it with null.
        assertEquals(List.of(), transmute.toTeam(form).getMembers());
        assertEquals(mapStruct.toTeam(form), transmute.toTeam(form));
    }

    private static Customer ada() {
        Customer customer = new Customer();
        customer.setId(7L);
        customer.setName("Ada");
        customer.setEmail("ada@example.org");
        customer.setVip(true);
        customer.setAddress(address("1 Loop Road", "London"));
        customer.setDeliveryAddresses(List.of(address("2 Stack Street", "Leeds")));
        customer.setTier(Tier.GOLD);
        return customer;
    }

    private static Address address(String street, String city) {
        Address address = new Address();
        address.setStreet(street);
        address.setCity(city);
        address.setCountry("UK");
        return address;
    }
}
