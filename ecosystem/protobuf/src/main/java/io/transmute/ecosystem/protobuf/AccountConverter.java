package io.transmute.ecosystem.protobuf;

import com.google.protobuf.Timestamp;
import io.transmute.Coercer;
import io.transmute.Converter;
import io.transmute.ecosystem.protobuf.proto.Account;
import java.time.Instant;
import java.util.List;

/** Messages to DTOs and back; protobuf-spi-impl on the processor path tells how messages are read and built. */
public interface AccountConverter {

    @Converter
    AccountDto toDto(Account account);

    /** Created with {@code Account.newBuilder()}. */
    @Converter
    Account toMessage(AccountDto dto);

    @Converter
    List<AccountDto> toDtos(List<Account> accounts);

    @Coercer
    static Instant toInstant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    @Coercer
    static Timestamp toTimestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
