// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20190107

const (
	// error codes for specific actions

	// CAM signature/authentication error.
	AUTHFAILURE = "AuthFailure"

	// Operation failed
	FAILEDOPERATION = "FailedOperation"

	// Batch query failed
	FAILEDOPERATION_BATCHGETINSTANCEERROR = "FailedOperation.BatchGetInstanceError"

	// Failed to bind a resource pack
	FAILEDOPERATION_BINDSOURCEPACKAGEERROR = "FailedOperation.BindSourcePackageError"

	// Failed to get permissions. Please try again later. If the problem persists, please contact customer service.
	FAILEDOPERATION_CAMCHECKRESOURCEERROR = "FailedOperation.CamCheckResourceError"

	// Authentication failed. Please try again later. If the problem persists, please contact customer service.
	FAILEDOPERATION_CAMSIGANDAUTHERROR = "FailedOperation.CamSigAndAuthError"

	// VPC/subnet verification failure: {{1}}.
	FAILEDOPERATION_CHECKVPCANDSUBNETERROR = "FailedOperation.CheckVpcAndSubnetError"

	// Create audit failure
	FAILEDOPERATION_CREATEAUDITFAILERROR = "FailedOperation.CreateAuditFailError"

	// Failed to create the order and make a payment.
	FAILEDOPERATION_CREATEORDER = "FailedOperation.CreateOrder"

	// Failed to create a resource pack
	FAILEDOPERATION_CREATESOURCEPACKAGEERROR = "FailedOperation.CreateSourcePackageError"

	// Failed to set the backup policy. Please try again later. If the failure persists, please contact customer service for handling.
	FAILEDOPERATION_CYNOSDBMYSQLSETBACKUPSTRATEGY = "FailedOperation.CynosdbMysqlSetBackupStrategy"

	// Failed to access the database. Please try again later. If the problem persists, please contact customer service.
	FAILEDOPERATION_DATABASEACCESSERROR = "FailedOperation.DatabaseAccessError"

	// Failed to modify account permissions.
	FAILEDOPERATION_DESCRIBEACCOUNTPRIVILEGESERROR = "FailedOperation.DescribeAccountPrivilegesError"

	// Failed to create a task. Try again later. If the problem persists, contact customer service.
	FAILEDOPERATION_FLOWCREATEERROR = "FailedOperation.FlowCreateError"

	// The task flow does not exist.
	FAILEDOPERATION_FLOWNOTFOUNDERROR = "FailedOperation.FlowNotFoundError"

	// Failed to query the backup policy. Please try again later. If the problem persists, please contact customer service.
	FAILEDOPERATION_GETBACKUPSTRATEGYERROR = "FailedOperation.GetBackupStrategyError"

	// Failed to query the network information of the access group
	FAILEDOPERATION_GETNETSERVICEINFOERROR = "FailedOperation.GetNetServiceInfoError"

	// Failed to query the details of a read-write instance
	FAILEDOPERATION_GETOSSINFOERROR = "FailedOperation.GetOssInfoError"

	// Request to query instance information failed
	FAILEDOPERATION_INSTANCEQUERYERROR = "FailedOperation.InstanceQueryError"

	// Insufficient account balance
	FAILEDOPERATION_INSUFFICIENTBALANCE = "FailedOperation.InsufficientBalance"

	// Modification of resource package deduction priority failed. check parameters and try again later.
	FAILEDOPERATION_MODIFYDEDUCTIONPRIORITYERROR = "FailedOperation.ModifyDeductionPriorityError"

	// Operation failed. Try again later. If the problem persists, contact customer service.
	FAILEDOPERATION_OPERATIONFAILEDERROR = "FailedOperation.OperationFailedError"

	// Proxy verification failure: {{1}}.
	FAILEDOPERATION_PROXYCHECKERROR = "FailedOperation.ProxyCheckError"

	// Failed to query the consumption details of a resource pack
	FAILEDOPERATION_QUERYSOURCEPACKAGEDETAILERROR = "FailedOperation.QuerySourcePackageDetailError"

	// Failed to query the resource pack
	FAILEDOPERATION_QUERYSOURCEPACKAGEERROR = "FailedOperation.QuerySourcePackageError"

	// Failed to query specifications.
	FAILEDOPERATION_QUERYSPECBYSPECCODEERROR = "FailedOperation.QuerySpecBySpecCodeError"

	// Failed to refund the resource pack
	FAILEDOPERATION_REFUNDSOURCEPACKAGEERROR = "FailedOperation.RefundSourcePackageError"

	// Policy modification failed.
	FAILEDOPERATION_SERVERLESSSETSTRATEGYERROR = "FailedOperation.ServerlessSetStrategyError"

	// Specification information {{1}} search failure.
	FAILEDOPERATION_SPECNOTFOUNDERROR = "FailedOperation.SpecNotFoundError"

	// Failed to create the order and make a payment. Please try again later. If the problem persists, please contact customer service.
	FAILEDOPERATION_TRADECREATEORDERERROR = "FailedOperation.TradeCreateOrderError"

	// Failed to unbind the resource pack
	FAILEDOPERATION_UNBINDSOURCEPACKAGEERROR = "FailedOperation.UnBindSourcePackageError"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Access DB exception
	INTERNALERROR_DBERROR = "InternalError.DBError"

	// Failed to query the database.
	INTERNALERROR_DBOPERATIONFAILED = "InternalError.DbOperationFailed"

	// Unauthorized client.
	INTERNALERROR_GETROLEERROR = "InternalError.GetRoleError"

	// Failed to get the security group information.
	INTERNALERROR_GETSECURITYGROUPDETAILFAILED = "InternalError.GetSecurityGroupDetailFailed"

	// Failed to get the subnet.
	INTERNALERROR_GETSUBNETFAILED = "InternalError.GetSubnetFailed"

	// Failed to get the VPC.
	INTERNALERROR_GETVPCFAILED = "InternalError.GetVpcFailed"

	// Network error
	INTERNALERROR_HTTPERROR = "InternalError.HttpError"

	// An exception occurred while executing the HTTP request.
	INTERNALERROR_INTERNALHTTPSERVERERROR = "InternalError.InternalHttpServerError"

	// Internal service error
	INTERNALERROR_INTERNALINNERSERVICEERROR = "InternalError.InternalInnerServiceError"

	// Failed to query instances by security group.
	INTERNALERROR_LISTINSTANCEFAILED = "InternalError.ListInstanceFailed"

	// Query instance error
	INTERNALERROR_LISTINSTANCESERROR = "InternalError.ListInstancesError"

	// Public network operation failed.
	INTERNALERROR_OPERATEWANFAIL = "InternalError.OperateWanFail"

	// Unsupported operation.
	INTERNALERROR_OPERATIONNOTSUPPORT = "InternalError.OperationNotSupport"

	// Failed to query the database.
	INTERNALERROR_QUERYDATABASEFAILED = "InternalError.QueryDatabaseFailed"

	// Internal service error
	INTERNALERROR_SERVICEERROR = "InternalError.ServiceError"

	// Internal system error.
	INTERNALERROR_SYSTEMERROR = "InternalError.SystemError"

	// Unknown internal error.
	INTERNALERROR_UNKNOWNERROR = "InternalError.UnknownError"

	// Parameter error.
	INVALIDPARAMETER = "InvalidParameter"

	// This API was not found.
	INVALIDPARAMETER_CONTROLLERNOTFOUNDERROR = "InvalidParameter.ControllerNotFoundError"

	// Parameter passing error.
	INVALIDPARAMETER_EXCEPTIONPARAM = "InvalidParameter.ExceptionParam"

	// Unknown parameter. Please check whether the parameter is valid.
	INVALIDPARAMETER_INVALIDPARAMETERERROR = "InvalidParameter.InvalidParameterError"

	// The current instance cannot be isolated.
	INVALIDPARAMETER_ISOLATENOTALLOWED = "InvalidParameter.IsolateNotAllowed"

	// The parameter value is invalid.
	INVALIDPARAMETERVALUE = "InvalidParameterValue"

	// The account already exists.
	INVALIDPARAMETERVALUE_ACCOUNTALREADYEXISTERROR = "InvalidParameterValue.AccountAlreadyExistError"

	// The account already exists.
	INVALIDPARAMETERVALUE_ACCOUNTEXIST = "InvalidParameterValue.AccountExist"

	// The instance doesn’t have an account.
	INVALIDPARAMETERVALUE_ACCOUNTNOTEXISTERROR = "InvalidParameterValue.AccountNotExistError"

	// No cluster found.
	INVALIDPARAMETERVALUE_CLUSTERNOTFOUND = "InvalidParameterValue.ClusterNotFound"

	// Unsupported instance type.
	INVALIDPARAMETERVALUE_DBTYPENOTFOUND = "InvalidParameterValue.DBTypeNotFound"

	// The cluster type must be serverless.
	INVALIDPARAMETERVALUE_DBMODENOTSERVERLESSERROR = "InvalidParameterValue.DbModeNotServerlessError"

	// No order ID found.
	INVALIDPARAMETERVALUE_DEALNAMENOTFOUND = "InvalidParameterValue.DealNameNotFound"

	// Taskflow ID doesn’t exist.
	INVALIDPARAMETERVALUE_FLOWNOTFOUND = "InvalidParameterValue.FlowNotFound"

	// The instance name contains invalid characters.
	INVALIDPARAMETERVALUE_ILLEGALINSTANCENAME = "InvalidParameterValue.IllegalInstanceName"

	// Invalid sort by field.
	INVALIDPARAMETERVALUE_ILLEGALORDERBY = "InvalidParameterValue.IllegalOrderBy"

	// The password does not meet the requirement.
	INVALIDPARAMETERVALUE_ILLEGALPASSWORD = "InvalidParameterValue.IllegalPassword"

	// The instance does not exist.
	INVALIDPARAMETERVALUE_INSTANCENOTFOUND = "InvalidParameterValue.InstanceNotFound"

	// The operation is not allowed for system account.
	INVALIDPARAMETERVALUE_INTERNALACCOUNT = "InvalidParameterValue.InternalAccount"

	// Intranet domain name exists. The retention time of the old IP must be more than {{1}} hours.
	INVALIDPARAMETERVALUE_INTERNALDOMAINRESERVETOOSHORTERROR = "InvalidParameterValue.InternalDomainReserveTooShortError"

	// Invalid instance version.
	INVALIDPARAMETERVALUE_INVALIDDBVERSION = "InvalidParameterValue.InvalidDBVersion"

	// Invalid parameter value.
	INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR = "InvalidParameterValue.InvalidParameterValueError"

	// The password is invalid.
	INVALIDPARAMETERVALUE_INVALIDPASSWORDVALUEERROR = "InvalidParameterValue.InvalidPasswordValueError"

	// The region is invalid.
	INVALIDPARAMETERVALUE_INVALIDREGIONIDERROR = "InvalidParameterValue.InvalidRegionIdError"

	// Invalid instance specification.
	INVALIDPARAMETERVALUE_INVALIDSPEC = "InvalidParameterValue.InvalidSpec"

	// Invalid AZ
	INVALIDPARAMETERVALUE_INVALIDZONEIDERROR = "InvalidParameterValue.InvalidZoneIdError"

	// These two parameters cannot be set at the same time.
	INVALIDPARAMETERVALUE_PARAMBOTHSETERROR = "InvalidParameterValue.ParamBothSetError"

	// Incorrect parameter.
	INVALIDPARAMETERVALUE_PARAMERROR = "InvalidParameterValue.ParamError"

	// The input parameter {{1}} is invalid. Check parameters and try again.
	INVALIDPARAMETERVALUE_PARAMETERMISMATCHERROR = "InvalidParameterValue.ParameterMismatchError"

	// Invalid parameter value
	INVALIDPARAMETERVALUE_PARAMETEROUTRANGEERROR = "InvalidParameterValue.ParameterOutRangeError"

	// This operation is not allowed for yearly/monthly subscribed instances.
	INVALIDPARAMETERVALUE_PREPAYPAYMODEERROR = "InvalidParameterValue.PrePayPayModeError"

	// The `ProjectId` was not found.
	INVALIDPARAMETERVALUE_PROJECTIDNOTFOUND = "InvalidParameterValue.ProjectIdNotFound"

	// The selected region and AZ are unavailable.
	INVALIDPARAMETERVALUE_REGIONZONEUNAVAILABLE = "InvalidParameterValue.RegionZoneUnavailable"

	// No related storage pool found.
	INVALIDPARAMETERVALUE_STORAGEPOOLNOTFOUND = "InvalidParameterValue.StoragePoolNotFound"

	// The selected subnet could not be found.
	INVALIDPARAMETERVALUE_SUBNETNOTFOUND = "InvalidParameterValue.SubnetNotFound"

	// The subnet of access group {{1}} matches the target subnet. No replacement is needed.
	INVALIDPARAMETERVALUE_SUBNETUNCHANGEDERROR = "InvalidParameterValue.SubnetUnchangedError"

	// No data found
	INVALIDPARAMETERVALUE_VALUENOTFOUND = "InvalidParameterValue.ValueNotFound"

	// The selected VPC could not be found.
	INVALIDPARAMETERVALUE_VPCNOTFOUND = "InvalidParameterValue.VpcNotFound"

	// The node count in the cluster exceeds the maximum limit.
	LIMITEXCEEDED_CLUSTERINSTANCELIMIT = "LimitExceeded.ClusterInstanceLimit"

	// The number of instances exceeds the limit.
	LIMITEXCEEDED_USERINSTANCELIMIT = "LimitExceeded.UserInstanceLimit"

	// Audit log is disabled for instance {{1}}. operations cannot be performed.
	OPERATIONDENIED_AUDITLOGCLOSEDERROR = "OperationDenied.AuditLogClosedError"

	// Audit status exception
	OPERATIONDENIED_AUDITSTATUSERROR = "OperationDenied.AuditStatusError"

	// Backup safe resource {{1}} is in {{2}} and unable to perform {{3}} operation
	OPERATIONDENIED_BACKUPVAULTTASKCONFLICTERROR = "OperationDenied.BackupVaultTaskConflictError"

	// Failed to verify permissions
	OPERATIONDENIED_CAMDENIEDERROR = "OperationDenied.CamDeniedError"

	// The current cluster does not allow the operation.
	OPERATIONDENIED_CLUSTEROPNOTALLOWEDERROR = "OperationDenied.ClusterOpNotAllowedError"

	// For the cluster in this status, the operation is not allowed.
	OPERATIONDENIED_CLUSTERSTATUSDENIEDERROR = "OperationDenied.ClusterStatusDeniedError"

	// Cluster {{1}} is currently performing {{2}} operation and cannot perform {{3}} operation.
	OPERATIONDENIED_CLUSTERTASKCONFLICTERROR = "OperationDenied.ClusterTaskConflictError"

	// Task creation failed. {{1}}
	OPERATIONDENIED_CREATETASKANDFLOWERROR = "OperationDenied.CreateTaskAndFlowError"

	// Kernel version not supported for the instance
	OPERATIONDENIED_CYNOSDBVERSIONNOTSUPPORTERROR = "OperationDenied.CynosdbVersionNotSupportError"

	// Multi-AZ deployment functionality for the new storage architecture is not yet available.
	OPERATIONDENIED_DISABLENEWSTORAGEMULTIZONEDEPLOYMENTERROR = "OperationDenied.DisableNewStorageMultiZoneDeploymentError"

	// Feature {{1}} is not currently supported.
	OPERATIONDENIED_FEATURENOTSUPPORTERROR = "OperationDenied.FeatureNotSupportError"

	// Fail to retrieve the proxy.
	OPERATIONDENIED_GETPROXYGROUPFAILEDERROR = "OperationDenied.GetProxyGroupFailedError"

	// You do not have the permission to operate this resource.
	OPERATIONDENIED_INSTANCEACCESSDENIEDERROR = "OperationDenied.InstanceAccessDeniedError"

	// Instance group {{1}} is currently performing {{2}} operation and cannot perform {{3}} operation
	OPERATIONDENIED_INSTANCEGRPTASKCONFLICTERROR = "OperationDenied.InstanceGrpTaskConflictError"

	// For the instance in this status, the operation is not allowed.
	OPERATIONDENIED_INSTANCESTATUSDENIEDERROR = "OperationDenied.InstanceStatusDeniedError"

	// The instance is not running.
	OPERATIONDENIED_INSTANCESTATUSLIMITERROR = "OperationDenied.InstanceStatusLimitError"

	// Instance {{1}} is currently performing {{2}} operation and cannot perform {{3}} operation
	OPERATIONDENIED_INSTANCETASKCONFLICTERROR = "OperationDenied.InstanceTaskConflictError"

	// Insufficient account balance.
	OPERATIONDENIED_INSUFFICIENTBALANCEERROR = "OperationDenied.InsufficientBalanceError"

	// Invalid region input
	OPERATIONDENIED_INVALIDREGIONFORROLLBACKNEWCLUSTER = "OperationDenied.InvalidRegionForRollbackNewCluster"

	// Not a roll back cluster of {{1}}.
	OPERATIONDENIED_ISNOTROLLBACKCLUSTERERROR = "OperationDenied.IsNotRollbackClusterError"

	// Response size exceeds the limit: {{1}}. reduce the query quantity.
	OPERATIONDENIED_LENGTHOVERLIMIT = "OperationDenied.LengthOverLimit"

	// The cloned cluster is not within {{1}} days of {{2}}.
	OPERATIONDENIED_LIMITDAYFORAUDITREPLAYERROR = "OperationDenied.LimitDayForAuditReplayError"

	// Parameter missing, {{1}}
	OPERATIONDENIED_MISSINGPARAMETERERROR = "OperationDenied.MissingParameterError"

	// New storage architecture 2.0 only supports 8.0
	OPERATIONDENIED_NEWSTORAGEONLYSUPPORT80ERROR = "OperationDenied.NewStorageOnlySupport80Error"

	// No available resources.
	OPERATIONDENIED_NOAVALIABLERESOUCEERROR = "OperationDenied.NoAvaliableResouceError"

	// Only Storage Architecture 2.0 supports the compression feature
	OPERATIONDENIED_ONLYNEWSTORAGESUPPORTSTORAGECOMPRESSIONERROR = "OperationDenied.OnlyNewStorageSupportStorageCompressionError"

	// You do not have permission to operate the resource (carry out this operation).
	OPERATIONDENIED_OPERATIONDENIEDERROR = "OperationDenied.OperationDeniedError"

	// Paused-State serverless is not allowed to be modified for multi-availability zone.
	OPERATIONDENIED_PAUSEDSLSNOTALLOWMODIFYSLAVE = "OperationDenied.PausedSlsNotAllowModifySlave"

	// Mismatched number of creatable connections supported by the proxy node. the supported number of create connections is {{1}}, and the current number of connections is {{2}}.
	OPERATIONDENIED_PROXYCONNECTCOUNTCHECKERROR = "OperationDenied.ProxyConnectCountCheckError"

	// Proxy node quantity check_failed.
	OPERATIONDENIED_PROXYNODECOUNTCHECKERROR = "OperationDenied.ProxyNodeCountCheckError"

	// Non-Running proxy.
	OPERATIONDENIED_PROXYNOTRUNNINGERROR = "OperationDenied.ProxyNotRunningError"

	// Availability zone does not exist.
	OPERATIONDENIED_PROXYSALEZONECHECKERROR = "OperationDenied.ProxySaleZoneCheckError"

	// Insufficient proxy stock
	OPERATIONDENIED_PROXYSTOCKCHECKERROR = "OperationDenied.ProxyStockCheckError"

	// Proxy version check_failed.
	OPERATIONDENIED_PROXYVERSIONCHECKERROR = "OperationDenied.ProxyVersionCheckError"

	// Verification failure of proxy availability zone.
	OPERATIONDENIED_PROXYZONECHECKERROR = "OperationDenied.ProxyZoneCheckError"

	// Unknown exception. Contact our customer service to handle.
	OPERATIONDENIED_SECONDARYCACHEUNKNOWNERROR = "OperationDenied.SecondaryCacheUnknownError"

	// For the serverless cluster in this status, the operation is not allowed.
	OPERATIONDENIED_SERVERLESSCLUSTERSTATUSDENIED = "OperationDenied.ServerlessClusterStatusDenied"

	// For the serverless instance in this status, the operation is not allowed.
	OPERATIONDENIED_SERVERLESSINSTANCESTATUSDENIED = "OperationDenied.ServerlessInstanceStatusDenied"

	// The task conflict check failed.
	OPERATIONDENIED_TASKCONFLICTERROR = "OperationDenied.TaskConflictError"

	// Business check failed: {{1}}
	OPERATIONDENIED_TRADEBUSINESSCHECKERROR = "OperationDenied.TradeBusinessCheckError"

	// This type of specification is unavailable.
	OPERATIONDENIED_UNSUPPORTSALESPECERROR = "OperationDenied.UnSupportSaleSpecError"

	// Audit enabling is not supported.
	OPERATIONDENIED_UNSUPPORTOPENAUDITERROR = "OperationDenied.UnsupportOpenAuditError"

	// You need to verify your identity to make a purchase.
	OPERATIONDENIED_USERNOTAUTHENTICATEDERROR = "OperationDenied.UserNotAuthenticatedError"

	// User resource {{1}} is currently performing {{2}} operation and cannot perform {{3}} operation
	OPERATIONDENIED_USERRESOURCETASKCONFLICTERROR = "OperationDenied.UserResourceTaskConflictError"

	// Serverless is not supported on this version.
	OPERATIONDENIED_VERSIONNOTSUPPORTERROR = "OperationDenied.VersionNotSupportError"

	// The cluster does not exist.
	RESOURCENOTFOUND_CLUSTERNOTFOUNDERROR = "ResourceNotFound.ClusterNotFoundError"

	// The instance does not exist.
	RESOURCENOTFOUND_INSTANCENOTFOUNDERROR = "ResourceNotFound.InstanceNotFoundError"

	// The resource corresponding to the parameter does not exist.
	RESOURCENOTFOUND_RESOURCEERROR = "ResourceNotFound.ResourceError"

	// User resource is not found
	RESOURCENOTFOUND_RESOURCENOTFOUNDERR = "ResourceNotFound.ResourceNotFoundErr"

	// Failed to lock the instance, so the operation cannot be performed temporarily.
	RESOURCEUNAVAILABLE_INSTANCELOCKFAIL = "ResourceUnavailable.InstanceLockFail"

	// The instance is exceptional, so the operation cannot be performed temporarily.
	RESOURCEUNAVAILABLE_INSTANCESTATUSABNORMAL = "ResourceUnavailable.InstanceStatusAbnormal"

	// Users who haven't completed identity verification can’t make purchases.
	UNAUTHORIZEDOPERATION_NOTREALNAMEACCOUNT = "UnauthorizedOperation.NotRealNameAccount"

	// CAM authentication failed.
	UNAUTHORIZEDOPERATION_PERMISSIONDENIED = "UnauthorizedOperation.PermissionDenied"

	// Authorization failure or authorization canceled
	UNAUTHORIZEDOPERATION_ROLEUNAUTHORIZED = "UnauthorizedOperation.RoleUnauthorized"
)
