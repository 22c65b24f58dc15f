import { HashRouter, Route, Routes } from 'react-router-dom';
import type { LcpDatabase } from '../data/db';
import { DatabaseProvider } from '../data/DatabaseContext';
import { CompaniesScreen } from '../features/companies/CompaniesScreen';
import { CompanyDetailScreen } from '../features/companies/CompanyDetailScreen';
import { CompanyFormScreen } from '../features/companies/CompanyFormScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { Shell } from './Shell';

export function App({ db }: { db: LcpDatabase }) {
  return (
    <DatabaseProvider db={db}>
      <HashRouter>
        <Shell>
          <Routes>
            <Route path="/" element={<OverviewScreen />} />
            <Route path="/companies" element={<CompaniesScreen />} />
            <Route path="/companies/new" element={<CompanyFormScreen />} />
            <Route path="/companies/:id" element={<CompanyDetailScreen />} />
            <Route path="/companies/:id/edit" element={<CompanyFormScreen />} />
            <Route path="/settings" element={<SettingsScreen />} />
          </Routes>
        </Shell>
      </HashRouter>
    </DatabaseProvider>
  );
}
