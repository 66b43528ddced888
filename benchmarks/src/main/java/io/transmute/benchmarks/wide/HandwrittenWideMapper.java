package io.transmute.benchmarks.wide;

/** The baseline: the wide conversion as a careful engineer writes it by hand. */
public final class HandwrittenWideMapper {

    public WideDto toDto(Wide wide) {
        if (wide == null) {
            return null;
        }
        WideDto dto = new WideDto();
        dto.setId(wide.getId());
        dto.setCount(wide.getCount());
        dto.setQuantity(wide.getQuantity());
        dto.setPrice(wide.getPrice());
        dto.setWeight(wide.getWeight());
        dto.setActive(wide.isActive());
        dto.setLevel(wide.getLevel());
        dto.setCode(wide.getCode());
        dto.setGrade(wide.getGrade());
        dto.setTimestamp(wide.getTimestamp());
        dto.setStock(wide.getStock());
        dto.setViews(wide.getViews());
        dto.setScore(wide.getScore());
        dto.setVerified(wide.getVerified());
        dto.setRank(wide.getRank());
        dto.setRevision(wide.getRevision());
        dto.setFloor(wide.getFloor());
        dto.setRatio(wide.getRatio());
        dto.setName(wide.getName());
        dto.setTitle(wide.getTitle());
        dto.setDescription(wide.getDescription());
        dto.setEmail(wide.getEmail());
        dto.setPhone(wide.getPhone());
        dto.setCity(wide.getCity());
        dto.setCountry(wide.getCountry());
        dto.setZip(wide.getZip());
        dto.setStatus(toDto(wide.getStatus()));
        dto.setPriority(toDto(wide.getPriority()));
        dto.setCategory(wide.getCategory());
        dto.setKind(wide.getKind());
        return dto;
    }

    private static StatusDto toDto(Status value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case NEW -> StatusDto.NEW;
            case PAID -> StatusDto.PAID;
            case SHIPPED -> StatusDto.SHIPPED;
            case DELIVERED -> StatusDto.DELIVERED;
            case CANCELLED -> StatusDto.CANCELLED;
        };
    }

    private static PriorityDto toDto(Priority value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case LOW -> PriorityDto.LOW;
            case NORMAL -> PriorityDto.NORMAL;
            case HIGH -> PriorityDto.HIGH;
            case URGENT -> PriorityDto.URGENT;
        };
    }
}
