/**
 * Extension point of the company detail page: other features (interviews, matches, agreements)
 * add a section here instead of editing the page. Each section gets the company's id.
 */
import type { ComponentType } from 'react';

export type CompanyDetailSection = { id: string; order: number; Component: ComponentType<{ companyId: string }> };

const sections: CompanyDetailSection[] = [];

export function registerCompanyDetailSection(section: CompanyDetailSection): void {
  if (sections.some((existing) => existing.id === section.id)) return;
  sections.push(section);
  sections.sort((a, b) => a.order - b.order);
}

export function companyDetailSections(): readonly CompanyDetailSection[] {
  return sections;
}
