import type { EntityType } from '../../../../shared/corpus';

export const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
export const TYPE_PLURAL: Record<EntityType, string> = { person: 'People', organization: 'Organisations', place: 'Places' };

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
