import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { DocumentKind, Gender, InvolvementRole } from './person-form.ts';

/** GET /api/people/:id (personDetail in people.schema.ts). Document numbers are never sent back, only their count. */
export type PersonDetail = {
  id: string;
  pseudonym: string;
  displayName: string;
  khmerName: string | null;
  latinName: string | null;
  aliases: string[];
  gender: Gender;
  birthDate: string | null;
  birthYear: number | null;
  /** True when birthYear comes from an estimated age, not from the person's papers. */
  birthYearEstimated: boolean;
  estimatedAge: number | null;
  estimatedOn: string | null;
  nationality: string | null;
  languages: string[];
  documents: number;
  involvements: {
    involvementId: string;
    role: InvolvementRole;
    investigation: { id: string; number: number } | null;
    arrestedOn: string | null;
    rescuedOn: string | null;
  }[];
};

export type PersonPatch = Partial<{
  khmerName: string | null;
  latinName: string | null;
  aliases: string[];
  gender: Gender;
  birthDate: string | null;
  birthYear: number | null;
  estimatedAge: number | null;
  nationality: string | null;
  languages: string[];
}>;

export type DocumentInput = { kind: DocumentKind; number: string };

const personKey = (id: string) => ['people', 'person', id] as const;
const path = (id: string) => `/api/people/${encodeURIComponent(id)}`;

/** One person's record. Dropped from the cache as soon as no one shows it (names, birth dates). */
export function usePerson(id: string) {
  return useQuery({
    queryKey: personKey(id),
    queryFn: () => api<PersonDetail>('GET', path(id)),
    gcTime: 0,
  });
}

/** Corrections and identity documents; both answer the updated record. */
export function usePersonMutations(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (person: PersonDetail) => {
    queryClient.setQueryData(personKey(id), person);
    // Search results and investigations show the names too.
    void queryClient.invalidateQueries({ queryKey: ['people', 'search'] });
    void queryClient.invalidateQueries({ queryKey: ['investigations'] });
  };
  return {
    correct: useMutation({
      mutationFn: (patch: PersonPatch) => api<PersonDetail>('PATCH', path(id), patch),
      onSuccess,
    }),
    addDocument: useMutation({
      mutationFn: (body: DocumentInput) => api<PersonDetail>('POST', `${path(id)}/documents`, body),
      onSuccess,
    }),
  };
}
