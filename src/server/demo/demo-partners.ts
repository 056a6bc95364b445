/**
 * The partner directory: invented organisations of every kind (no real
 * organisation is named), with service codes, encrypted contacts and notes,
 * and agreements in every state (open-ended, current, expiring, expired).
 */
import type { PartnerKind } from '../../shared/partners.ts';
import type { PartnerService } from '../../shared/referrals.ts';
import { partnerAgreements, partners } from '../modules/partners/partners.table.ts';
import { text } from './demo-texts.ts';
import { addDays, type World } from './demo-world.ts';

type DemoPartner = { kind: PartnerKind; name: string; country: string | null; services: PartnerService[] };

// biome-ignore format: a table
const PARTNERS: DemoPartner[] = [
  { kind: 'police', name: 'National anti-trafficking police (demo)', country: 'KH', services: ['police_cooperation'] },
  { kind: 'police', name: 'Australian police liaison office (demo)', country: 'AU', services: ['police_cooperation'] },
  { kind: 'police', name: 'United States police attaché (demo)', country: 'US', services: ['police_cooperation'] },
  { kind: 'police', name: 'French police liaison office (demo)', country: 'FR', services: ['police_cooperation'] },
  { kind: 'police', name: 'British police liaison office (demo)', country: 'GB', services: ['police_cooperation'] },
  { kind: 'shelter', name: 'Lotus Children’s Shelter (demo)', country: 'KH', services: ['shelter', 'counselling', 'education'] },
  { kind: 'shelter', name: 'Riverside Safe House (demo)', country: 'KH', services: ['shelter', 'family_tracing'] },
  { kind: 'hospital', name: 'Provincial Referral Hospital (demo)', country: 'KH', services: ['medical'] },
  { kind: 'hospital', name: 'Children’s Clinic of the South (demo)', country: 'KH', services: ['medical', 'counselling'] },
  { kind: 'ngo', name: 'Legal Aid for Children (demo)', country: 'KH', services: ['legal_aid'] },
  { kind: 'ngo', name: 'Bright Futures Vocational School (demo)', country: 'KH', services: ['vocational_training', 'education'] },
  { kind: 'ngo', name: 'Family Bridges (demo)', country: 'KH', services: ['family_tracing', 'repatriation', 'counselling'] },
  { kind: 'government', name: 'Provincial Department of Social Affairs (demo)', country: 'KH', services: ['shelter', 'other'] },
  { kind: 'government', name: 'Commune Committee for Women and Children (demo)', country: 'KH', services: ['other'] },
  { kind: 'hotline_abroad', name: 'Northern Europe reporting hotline (demo)', country: 'NL', services: ['hotline'] },
  { kind: 'hotline_abroad', name: 'North America tipline (demo)', country: 'US', services: ['hotline'] },
  { kind: 'hotline_abroad', name: 'Pacific reporting hotline (demo)', country: 'AU', services: ['hotline'] },
  { kind: 'other', name: 'Tourism Sector Child Safe Network (demo)', country: 'KH', services: ['education'] },
];

/** Writes the partners and their agreements; returns the partner ids by kind, in the table's order. */
export async function writePartners(w: World): Promise<Record<string, string[]>> {
  const { cipher } = w.ctx;
  const admin = w.staff.phnom_penh.admin as string;
  const byKind: Record<string, string[]> = {};
  await w.ctx.db.transaction(async (tx) => {
    for (const [k, p] of PARTNERS.entries()) {
      const rng = w.rng('partner', k);
      const id = w.id('partner', k);
      byKind[p.kind] = [...(byKind[p.kind] ?? []), id];
      await tx.insert(partners).values({
        id,
        kind: p.kind,
        name: p.name,
        country: p.country,
        services: p.services.join(', ').replaceAll('_', ' '),
        serviceCodes: p.services,
        contact: await cipher.encrypt(`Duty desk: desk${k}@example.org`, 'partners.contact'),
        notes: await cipher.encrypt(text(rng, 'partner'), 'partners.notes'),
        active: k !== 13,
      });
      // One agreement each, in turn open-ended, current, expiring within 90 days, expired; a renewal for some.
      const state = k % 4;
      const signedOn = addDays(w.today, -(400 + k * 37));
      const expiresOn =
        [null, addDays(w.today, 300 + k), addDays(w.today, 20 + k), addDays(w.today, -30 - k)][state] ?? null;
      await tx.insert(partnerAgreements).values({
        partnerId: id,
        kind: p.kind === 'police' || p.kind === 'hotline_abroad' ? 'data_sharing' : k % 2 ? 'service_agreement' : 'mou',
        signedOn,
        expiresOn,
        notes: await cipher.encrypt(text(rng, 'partner'), 'partner_agreements.notes'),
        createdBy: admin,
      });
    }
  });
  return byKind;
}
