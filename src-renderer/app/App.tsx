import { HashRouter, Route, Routes } from 'react-router-dom';
import type { LcpDatabase } from '../data/db';
import { DatabaseProvider } from '../data/DatabaseContext';
import { AgreementDetailScreen } from '../features/agreements/AgreementDetailScreen';
import { AgreementEditorScreen } from '../features/agreements/AgreementEditorScreen';
import { AgreementsScreen } from '../features/agreements/AgreementsScreen';
import { FormTemplatesScreen } from '../features/agreements/FormTemplatesScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { AutoSync } from '../features/sync/AutoSync';
import { SyncScreen } from '../features/sync/SyncScreen';
import { Shell } from './Shell';

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
            <Route path="/sync" element={<SyncScreen />} />
            <Route path="/settings" element={<SettingsScreen />} />
          </Routes>
        </Shell>
      </HashRouter>
    </DatabaseProvider>
  );
}
