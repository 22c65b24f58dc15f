import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router-dom';
import type { LcpDatabase } from '../data/db';
import { DatabaseProvider } from '../data/DatabaseContext';
import { AgreementDetailScreen } from '../features/agreements/AgreementDetailScreen';
import { AgreementEditorScreen } from '../features/agreements/AgreementEditorScreen';
import { AgreementsScreen } from '../features/agreements/AgreementsScreen';
import { FormTemplatesScreen } from '../features/agreements/FormTemplatesScreen';
import { EventScreen } from '../features/events/EventScreen';
import { EventsScreen } from '../features/events/EventsScreen';
import { InterviewsScreen } from '../features/interviews/InterviewsScreen';
import { NewInterviewScreen } from '../features/interviews/NewInterviewScreen';
import { CompaniesScreen } from '../features/companies/CompaniesScreen';
import { CompanyDetailScreen } from '../features/companies/CompanyDetailScreen';
import { CompanyFormScreen } from '../features/companies/CompanyFormScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { NewSecondmentScreen } from '../features/secondments/NewSecondmentScreen';
import { SecondmentScreen } from '../features/secondments/SecondmentScreen';
import { SecondmentsScreen } from '../features/secondments/SecondmentsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { AutoSync } from '../features/sync/AutoSync';
import { SyncScreen } from '../features/sync/SyncScreen';
import './company-sections';
import { Shell } from './Shell';

// The interview screen carries the rich-text editor (TipTap, ProseMirror): loaded when first opened.
const InterviewScreen = lazy(() =>
  import('../features/interviews/InterviewScreen').then((m) => ({ default: m.InterviewScreen })),
);

function Loading() {
  const { t } = useTranslation('common');
  return <p className="loading">{t('loading')}</p>;
}

/**
 * The composition root: the one component that receives the opened database (from `main.tsx`) and
 * hands it to the provider. Everything below reads and writes through the hooks of `data/`.
 */
export function App({ db }: { db: LcpDatabase }) {
  return (
    <DatabaseProvider db={db}>
      <AutoSync />
      <HashRouter>
        <Shell>
          <Routes>
            <Route path="/" element={<OverviewScreen />} />
            <Route path="/agreements" element={<AgreementsScreen />} />
            <Route path="/agreements/new" element={<AgreementEditorScreen />} />
            <Route path="/agreements/forms" element={<FormTemplatesScreen />} />
            <Route path="/agreements/:id" element={<AgreementDetailScreen />} />
            <Route path="/agreements/:id/edit" element={<AgreementEditorScreen />} />
            <Route path="/secondments" element={<SecondmentsScreen />} />
            <Route path="/secondments/new" element={<NewSecondmentScreen />} />
            <Route path="/secondments/:id" element={<SecondmentScreen />} />
            <Route path="/sync" element={<SyncScreen />} />
            <Route path="/companies" element={<CompaniesScreen />} />
            <Route path="/companies/new" element={<CompanyFormScreen />} />
            <Route path="/companies/:id" element={<CompanyDetailScreen />} />
            <Route path="/companies/:id/edit" element={<CompanyFormScreen />} />
            <Route path="/settings" element={<SettingsScreen />} />
            <Route path="/events" element={<EventsScreen />} />
            <Route path="/events/:id" element={<EventScreen />} />
            <Route path="/interviews" element={<InterviewsScreen />} />
            <Route path="/interviews/new" element={<NewInterviewScreen />} />
            <Route
              path="/interviews/:id"
              element={
                <Suspense fallback={<Loading />}>
                  <InterviewScreen />
                </Suspense>
              }
            />
          </Routes>
        </Shell>
      </HashRouter>
    </DatabaseProvider>
  );
}
