/** What other features show on a company's page (the registry's extension point). */
import { CompanyAgreementsSection } from '../features/agreements/CompanyAgreementsSection';
import { registerCompanyDetailSection } from '../features/companies/detail-sections';
import { CompanyInterviewsSection } from '../features/interviews/CompanyInterviewsSection';
import { CompanySecondmentsSection } from '../features/secondments/CompanySecondmentsSection';

registerCompanyDetailSection({ id: 'interviews', order: 10, Component: CompanyInterviewsSection });
registerCompanyDetailSection({ id: 'agreements', order: 20, Component: CompanyAgreementsSection });
registerCompanyDetailSection({ id: 'secondments', order: 30, Component: CompanySecondmentsSection });
