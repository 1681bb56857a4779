// The candidate figures a funder, a partner or the kerngroep sees (aggregates only, no code, no name), with the suppression of
// decision 013 applied in one place: each category table (candidates by status, placements by contract) is suppressed
// against its total, so that no hidden category follows from the total and the others; the active placements and their
// banen are shown only from 5 up. Routes return what this function returns and nothing else.
import {
  suppressCount,
  suppressDerived,
  suppressTable,
  type SUPPRESSED,
  type TableCell,
} from '../steering/suppress.js';

export interface CandidateStatisticsRaw {
  candidatesByStatus: { status: string; count: number }[];
  placements: { total: number; active: number; activeJobs: number };
  placementsByContract: { contractKind: string; count: number }[];
}

export interface CandidateStatistics {
  candidatesTotal: TableCell;
  candidatesByStatus: { status: string; count: TableCell }[];
  placements: { total: TableCell; active: TableCell; activeJobs: number | typeof SUPPRESSED };
  placementsByContract: { contractKind: string; count: TableCell }[];
}

export function suppressCandidateStatistics(raw: CandidateStatisticsRaw): CandidateStatistics {
  const candidatesTotal = raw.candidatesByStatus.reduce((sum, s) => sum + s.count, 0);
  const byStatus = suppressTable(
    candidatesTotal,
    raw.candidatesByStatus.map((s) => s.count),
  );
  const byContract = suppressTable(
    raw.placements.total,
    raw.placementsByContract.map((c) => c.count),
  );
  return {
    candidatesTotal: byStatus.total,
    candidatesByStatus: raw.candidatesByStatus.map((s, i) => ({ status: s.status, count: byStatus.parts[i]! })),
    placements: {
      total: byContract.total,
      active: suppressCount(raw.placements.active),
      activeJobs: suppressDerived(raw.placements.activeJobs, raw.placements.active),
    },
    placementsByContract: raw.placementsByContract.map((c, i) => ({
      contractKind: c.contractKind,
      count: byContract.parts[i]!,
    })),
  };
}
