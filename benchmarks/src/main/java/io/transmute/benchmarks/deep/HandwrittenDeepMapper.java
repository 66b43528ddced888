package io.transmute.benchmarks.deep;

/** The baseline: the deep conversion as a careful engineer writes it by hand, one method per level. */
public final class HandwrittenDeepMapper {

    public Level1Dto toDto(Level1 level) {
        if (level == null) {
            return null;
        }
        Level1Dto dto = new Level1Dto();
        dto.setName(level.getName());
        dto.setValue(level.getValue());
        dto.setCode(level.getCode());
        dto.setNext(toDto(level.getNext()));
        return dto;
    }

    private Level2Dto toDto(Level2 level) {
        if (level == null) {
            return null;
        }
        Level2Dto dto = new Level2Dto();
        dto.setName(level.getName());
        dto.setValue(level.getValue());
        dto.setCode(level.getCode());
        dto.setNext(toDto(level.getNext()));
        return dto;
    }

    private Level3Dto toDto(Level3 level) {
        if (level == null) {
            return null;
        }
        Level3Dto dto = new Level3Dto();
        dto.setName(level.getName());
        dto.setValue(level.getValue());
        dto.setCode(level.getCode());
        dto.setNext(toDto(level.getNext()));
        return dto;
    }

    private Level4Dto toDto(Level4 level) {
        if (level == null) {
            return null;
        }
        Level4Dto dto = new Level4Dto();
        dto.setName(level.getName());
        dto.setValue(level.getValue());
        dto.setCode(level.getCode());
        dto.setNext(toDto(level.getNext()));
        return dto;
    }

    private Level5Dto toDto(Level5 level) {
        if (level == null) {
            return null;
        }
        Level5Dto dto = new Level5Dto();
        dto.setName(level.getName());
        dto.setValue(level.getValue());
        dto.setCode(level.getCode());
        return dto;
    }
}
