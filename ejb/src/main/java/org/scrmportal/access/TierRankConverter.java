package org.scrmportal.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.scrmportal.organization.Tier;

/** Stores a tier as its rank (0 to 3), so that the database compares tiers as numbers. */
@Converter
public class TierRankConverter implements AttributeConverter<Tier, Short> {

  @Override
  public Short convertToDatabaseColumn(Tier tier) {
    return tier == null ? null : (short) tier.ordinal();
  }

  @Override
  public Tier convertToEntityAttribute(Short rank) {
    return rank == null ? null : Tier.values()[rank];
  }
}
